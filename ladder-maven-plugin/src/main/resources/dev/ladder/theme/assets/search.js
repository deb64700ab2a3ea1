// Ladder's search: finds levels and competency sections by words, in an index the build wrote.
// The index is loaded only when someone starts to search, by a script tag rather than fetch(),
// so that search also works on a site opened from a file share (file://).
// Each result shows the sentence that matched with the searched words marked, and leads to its section.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var panel = form.querySelector(".search-panel");
  var results = form.querySelector(".search-results");
  var status = form.querySelector(".search-status");
  var entries = null;
  var requested = false;

  window.ladderSearch = {
    receive: function (index) {
      entries = index.map(function (entry) {
        entry.sentences = sentences(entry.text);
        entry.haystack = (entry.title + " " + entry.context + " " + entry.sentences.join(" ")).toLowerCase();
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

  // The index holds the Markdown an editor wrote: list items and sentences become plain sentences.
  function sentences(markdown) {
    var plain = markdown
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`]+/g, "")
      .replace(/^\s*(?:[-+]|\d+[.)]|#+|>)\s+/gm, "");
    var found = [];
    plain.split(/\n+/).forEach(function (line) {
      line.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/).forEach(function (sentence) {
        if (sentence.trim().length > 0) { found.push(sentence.trim()); }
      });
    });
    return found;
  }

  function score(entry, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      if (entry.haystack.indexOf(query[i]) < 0) { return 0; }
      total += entry.name.indexOf(query[i]) >= 0 ? 3 : 1;
    }
    return total;
  }

  // The sentence with the most of the searched words, or the first one when only the title matched.
  function bestSentence(entry, query) {
    var best = entry.sentences[0] || "";
    var most = 0;
    entry.sentences.forEach(function (sentence) {
      var lower = sentence.toLowerCase();
      var count = query.filter(function (word) { return lower.indexOf(word) >= 0; }).length;
      if (count > most) { most = count; best = sentence; }
    });
    return best;
  }

  // Appends text to parent with every occurrence of a searched word in a <mark>; no HTML is parsed.
  function appendMarked(parent, text, query) {
    var pattern = new RegExp(query.map(function (word) {
      return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).sort(function (a, b) { return b.length - a.length; }).join("|"), "gi");
    var at = 0;
    text.replace(pattern, function (match, offset) {
      if (match.length === 0) { return match; }
      parent.appendChild(document.createTextNode(text.slice(at, offset)));
      var mark = document.createElement("mark");
      mark.textContent = match;
      parent.appendChild(mark);
      at = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function open(shown) {
    panel.classList.toggle("open", shown);
    results.hidden = !shown;
  }

  function show() {
    var query = words(input.value);
    results.textContent = "";
    if (query.length === 0) { status.textContent = ""; open(false); return; }
    open(true);
    if (entries === null) { status.textContent = "Loading…"; return; }
    var found = entries
      .map(function (entry, position) { return { entry: entry, score: score(entry, query), position: position }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    status.textContent = found.length === 0 ? "No matches"
      : found.length + (found.length === 1 ? " match" : " matches") + (found.length > 20 ? ", the first 20 shown" : "");
    found.slice(0, 20).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + hit.entry.url;
      var title = document.createElement("span");
      title.className = "search-title";
      appendMarked(title, hit.entry.title, query);
      var context = document.createElement("span");
      context.className = "search-context";
      context.textContent = hit.entry.context;
      var snippet = document.createElement("span");
      snippet.className = "search-snippet";
      appendMarked(snippet, bestSentence(hit.entry, query), query);
      link.appendChild(title);
      link.appendChild(context);
      link.appendChild(snippet);
      item.appendChild(link);
      results.appendChild(item);
    });
  }

  function links() { return Array.prototype.slice.call(results.querySelectorAll("a")); }

  // Up and down move between the box and the results; Enter opens the result that has focus.
  function move(from, direction) {
    var all = links();
    var next = all.indexOf(from) + direction;
    if (next < 0) { input.focus(); } else if (next < all.length) { all[next].focus(); }
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) { window.location.href = first.href; }
  });
  input.addEventListener("focus", function () { load(); if (input.value) { show(); } });
  input.addEventListener("input", function () { load(); show(); });
  form.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      show();
      input.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (links().length === 0) { return; }
      event.preventDefault();
      move(event.target === input ? null : event.target, event.key === "ArrowDown" ? 1 : -1);
    }
  });
  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) { open(false); }
  });
  // "/" anywhere outside a text field goes to the search box, as on many documentation sites.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    event.preventDefault();
    input.focus();
    input.select();
  });
})();
