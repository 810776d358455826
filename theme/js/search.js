// Client-side search over /search/index.json. Progressive enhancement: without this script the
// page still lists every system, principle and domain to browse. Results are announced politely.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = null;

  function load() {
    if (index) return Promise.resolve(index);
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (d) { index = d; return d; });
  }
  function words(s) { return (s || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean); }
  function score(item, terms) {
    var title = words(item.title).join(" "), body = words(item.summary + " " + (item.system || "")).join(" "), s = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (title.indexOf(t) >= 0) s += 3; else if (body.indexOf(t) >= 0) s += 1; else return 0;
    }
    return s;
  }
  function render(q) {
    var terms = words(q);
    list.textContent = "";
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = index.map(function (it) { return { it: it, s: score(it, terms) }; })
      .filter(function (h) { return h.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.it.title.localeCompare(b.it.title); })
      .slice(0, 50);
    hits.forEach(function (h) {
      var li = document.createElement("li"); li.className = "card";
      var h3 = document.createElement("h2"); h3.className = "card-title";
      var a = document.createElement("a"); a.href = h.it.url; a.textContent = h.it.title;
      h3.appendChild(a); li.appendChild(h3);
      var meta = document.createElement("p"); meta.className = "card-meta"; meta.textContent = h.it.type; li.appendChild(meta);
      var p = document.createElement("p"); p.textContent = h.it.summary; li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? "No results for \u201c" + q + "\u201d." : hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + q + "\u201d.";
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { load().then(function () { render(input.value); }); }, 150);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); load().then(function () { render(input.value); }); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; load().then(function () { render(q); }); }
})();
