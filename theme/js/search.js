// Client-side search with MiniSearch over /search/index.json (built with the site). Progressive
// enhancement: without scripts the page lists every system, principle and domain to browse.
// The number of results is announced politely to screen readers.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || typeof MiniSearch === "undefined") return;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  // A filter may be missing (a one-system site has no system filter): only the ones on the page are used.
  var filters = {};
  ["system", "principle", "domain"].forEach(function (k) { var el = document.getElementById("filter-" + k); if (el) filters[k] = el; });
  function value(k) { return filters[k] ? filters[k].value : ""; }
  var engine = null;

  function load() {
    if (engine) return Promise.resolve(engine);
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (docs) {
      engine = new MiniSearch({
        fields: ["title", "summary", "systemName"],
        storeFields: ["type", "url", "title", "summary", "system", "principles", "domains"],
        searchOptions: { boost: { title: 3, systemName: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" }
      });
      engine.addAll(docs);
      engine.all = docs;
      return engine;
    });
  }
  function matches(doc) {
    var s = value("system"), p = value("principle"), d = value("domain");
    return (!s || doc.system === s) && (!p || (doc.principles || []).indexOf(p) >= 0) && (!d || (doc.domains || []).indexOf(d) >= 0);
  }
  function render() {
    var q = input.value.trim();
    var filtered = value("system") || value("principle") || value("domain");
    list.textContent = "";
    if (!q && !filtered) { status.textContent = ""; return; }
    var hits = q ? engine.search(q, { filter: matches }) : engine.all.filter(matches);
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement("li"); li.className = "card";
      var title = document.createElement("h2"); title.className = "card-title";
      var a = document.createElement("a"); a.href = h.url; a.textContent = h.title;
      if (h.lang) a.lang = h.lang;
      title.appendChild(a); li.appendChild(title);
      var meta = document.createElement("p"); meta.className = "card-meta"; meta.textContent = h.type; li.appendChild(meta);
      var p = document.createElement("p"); p.textContent = h.summary; if (h.lang) p.lang = h.lang; li.appendChild(p);
      list.appendChild(li);
    });
    // The words come from the theme's strings file, through data attributes on the form.
    var d = form.dataset;
    var what = q ? d.for.replace("{query}", function () { return q; }) : "";
    var count = hits.length === 0 ? d.noResults : (hits.length === 1 ? d.resultsOne : d.resultsOther).replace("{n}", function () { return hits.length.toLocaleString("en-GB"); });
    status.textContent = count + what + (hits.length > 50 ? d.first : ".");
  }
  var timer = null;
  function update() { clearTimeout(timer); timer = setTimeout(function () { load().then(render); }, 150); }
  input.addEventListener("input", update);
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener("change", update); });
  form.addEventListener("submit", function (e) { e.preventDefault(); load().then(render); });
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  Object.keys(filters).forEach(function (k) { if (params.get(k)) filters[k].value = params.get(k); });
  if (input.value || value("system") || value("principle") || value("domain")) load().then(render);
})();
