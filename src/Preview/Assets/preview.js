// StatiqReport preview only (never part of a built site): reloads the page after a good rebuild, and
// shows the errors of a failed one over the last good page. Built with DOM calls and textContent only,
// so nothing in a message can become markup; no inline script or style, so the site's policy holds.
(function () {
  'use strict';
  var dialog = null;
  var opener = null;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function close() {
    if (!dialog) return;
    if (dialog.open) dialog.close();
    dialog.remove();
    dialog = null;
    if (opener && opener.focus) opener.focus();
  }

  function excerpt(error) {
    var pre = el('pre', 'sr-excerpt');
    // A long line scrolls inside the box: keyboard users reach it, and screen readers hear what it is.
    pre.tabIndex = 0;
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-label', error.excerptLabel);
    error.excerpt.forEach(function (line) {
      var row = el(line.marked ? 'mark' : 'span', line.marked ? 'sr-line sr-marked' : 'sr-line');
      row.appendChild(el('span', 'sr-number', (line.marked ? '> ' : '  ') + line.number));
      row.appendChild(document.createTextNode(' ' + line.text + '\n'));
      pre.appendChild(row);
      if (typeof line.caret === 'number') {
        // Under the marked line, at the error's column (the number column is at least 4 wide, as in BuildErrors.Gutter).
        var gutter = Math.max(4, 2 + String(line.number).length) + 1;
        pre.appendChild(el('span', 'sr-line sr-caret', new Array(gutter + line.caret + 1).join(' ') + '^ here\n'));
      }
    });
    return pre;
  }

  function show(report) {
    close();
    opener = document.activeElement;
    dialog = el('dialog', 'sr-errors');
    dialog.setAttribute('aria-labelledby', 'sr-errors-title');
    dialog.setAttribute('aria-describedby', 'sr-errors-help');
    dialog.appendChild(el('h2', 'sr-title', report.title)).id = 'sr-errors-title';
    dialog.appendChild(el('p', 'sr-help', report.help)).id = 'sr-errors-help';
    var list = el('ol', 'sr-list');
    report.errors.forEach(function (error) {
      var item = el('li', 'sr-error');
      item.appendChild(el('p', 'sr-where', error.where));
      item.appendChild(el('p', 'sr-message', error.message));
      if (error.excerpt.length) item.appendChild(excerpt(error));
      list.appendChild(item);
    });
    dialog.appendChild(list);
    if (report.more) dialog.appendChild(el('p', 'sr-more', report.more));
    var button = el('button', 'sr-close', report.close);
    button.type = 'button';
    button.addEventListener('click', close);
    dialog.appendChild(button);
    dialog.addEventListener('close', close); // Esc closes a modal dialog
    document.body.appendChild(dialog);
    dialog.showModal();
    button.focus();
  }

  // The error page the preview serves when it has no good build lists the errors itself: it is simply
  // fetched again when they change.
  var errorPage = document.body.getAttribute('data-sr-error-page');
  var events = new EventSource(document.currentScript.getAttribute('data-events'));
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('errors', function (e) {
    var report = JSON.parse(e.data);
    if (errorPage === null) show(report);
    else if (String(report.build) !== errorPage) location.reload();
  });
})();
