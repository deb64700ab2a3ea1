// Ladder's search: finds levels and competency sections by words, in an index the build wrote.
// The index is loaded only when someone starts to search, by a script tag rather than fetch(),
// so that search also works on a site opened from a file share (file://).
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var results = form.querySelector(".search-results");
  var status = form.querySelector(".search-status");
  var entries = null;
  var requested = false;

  window.ladderSearch = {
    receive: function (index) {
      entries = index.map(function (entry) {
        entry.haystack = (entry.title + " " + entry.context + " " + entry.text).toLowerCase();
        entry.name = (entry.title + " " + entry.context).toLowerCase();
        return entry;
      });
      show();
    }
  };

  function load() {
    if (requested) { return; }
    requested = true;
    var script = document.createElement("script");
    script.src = root + "search-index.js";
    document.head.appendChild(script);
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
  }

  function score(entry, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      if (entry.haystack.indexOf(query[i]) < 0) { return 0; }
      total += entry.name.indexOf(query[i]) >= 0 ? 3 : 1;
    }
    return total;
  }

  function show() {
    var query = words(input.value);
    results.textContent = "";
    if (query.length === 0) { status.textContent = ""; return; }
    if (entries === null) { status.textContent = "Loading…"; return; }
    var found = entries
      .map(function (entry, position) { return { entry: entry, score: score(entry, query), position: position }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    status.textContent = found.length === 0 ? "No matches" : found.length + (found.length === 1 ? " match" : " matches");
    found.slice(0, 20).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + hit.entry.url;
      link.textContent = hit.entry.title;
      var context = document.createElement("span");
      context.className = "search-context";
      context.textContent = hit.entry.context;
      item.appendChild(link);
      item.appendChild(context);
      results.appendChild(item);
    });
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); show(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(); }
    if (event.key === "ArrowDown" && results.firstChild) {
      event.preventDefault();
      results.firstChild.querySelector("a").focus();
    }
  });
})();
