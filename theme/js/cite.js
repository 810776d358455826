// "Copy citation": a button beside each citation, added only when the browser can copy. The citation
// text itself stays selectable, so without scripts a reader copies it by hand. The result is
// announced to screen readers through the status element beside the button.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy-label]").forEach(function (block) {
    var text = block.querySelector(".citation");
    if (!text) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = block.getAttribute("data-copy-label");
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.textContent.trim()).then(function () {
        status.textContent = block.getAttribute("data-copied");
      }, function () {
        status.textContent = block.getAttribute("data-copy-failed");
      });
    });
    block.appendChild(button);
    block.appendChild(status);
  });
})();
