// Ladder's matrix controls. Without this script the level links above the matrix still bring each level
// into view; with it, the bar says which levels are in view, and readers choose which levels to show side by
// side (on a phone, which levels each competency stacks) and step to earlier or later ones.
(function () {
  "use strict";
  var controls = document.querySelector(".matrix-controls");
  if (!controls) { return; }
  var box = document.getElementById(controls.getAttribute("data-matrix"));
  var table = box.querySelector("table");
  var status = controls.querySelector(".matrix-status");
  var links = Array.prototype.slice.call(controls.querySelectorAll("a[data-column]"));
  var range = controls.querySelector(".matrix-range");
  var from = range.querySelector("[data-end=from]");
  var to = range.querySelector("[data-end=to]");
  var steps = Array.prototype.slice.call(range.querySelectorAll("button[data-step]"));
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
  var count = headers.length;

  function code(column) { return links[column].querySelector(".code").textContent; }

  // Stacked (narrow) when the table's header row is not laid out as a row.
  function stacked() { return getComputedStyle(table.tHead).display === "none"; }

  function shown(column) { return column >= Number(from.value) && column <= Number(to.value); }

  // Columns whose header is at least half visible beside the pinned competency column.
  function inView() {
    var visible = [];
    var left = box.getBoundingClientRect().left + table.tHead.rows[0].cells[0].offsetWidth;
    var right = box.getBoundingClientRect().left + box.clientWidth;
    headers.forEach(function (header, column) {
      if (!shown(column)) { return; }
      var rect = header.getBoundingClientRect();
      var overlap = Math.min(rect.right, right) - Math.max(rect.left, left);
      if (stacked() || overlap >= rect.width / 2) { visible.push(column); }
    });
    return visible;
  }

  function describe(columns) {
    if (columns.length === 0) { return "No level in view:"; }
    var first = code(columns[0]);
    var last = code(columns[columns.length - 1]);
    var which = columns.length === 1 ? first : first + " to " + last;
    return "Showing " + which + " of " + count + " levels:";
  }

  function update() {
    var visible = inView();
    status.textContent = describe(visible);
    links.forEach(function (link, column) {
      link.classList.toggle("in-view", visible.indexOf(column) >= 0);
      link.classList.toggle("not-shown", !shown(column));
    });
    var all = Number(from.value) === 0 && Number(to.value) === count - 1;
    steps[0].disabled = all ? stacked() || box.scrollLeft <= 0 : Number(from.value) === 0;
    steps[1].disabled = all ? stacked() || box.scrollLeft + box.clientWidth >= box.scrollWidth - 1
      : Number(to.value) === count - 1;
  }

  function applyRange() {
    Array.prototype.forEach.call(table.rows, function (row) {
      for (var column = 0; column < count; column++) {
        var cell = row.cells[column + 1];
        if (cell) { cell.hidden = !shown(column); }
      }
    });
    update();
  }

  // Scrolls the box so that a column starts just right of the pinned competency column.
  function bringIntoView(column) {
    var pinned = table.tHead.rows[0].cells[0].offsetWidth;
    box.scrollTo({ left: headers[column].offsetLeft - pinned, behavior: "smooth" });
  }

  function step(direction) {
    var low = Number(from.value);
    var high = Number(to.value);
    if (low === 0 && high === count - 1) {
      var visible = inView();
      if (visible.length === 0) { return; }
      var target = direction < 0 ? Math.max(0, visible[0] - 1) : Math.min(count - 1, visible[visible.length - 1] + 1);
      if (direction > 0) {
        // The next column's right edge at the box's right edge, unless that hides its start under the pinned column.
        var header = headers[target];
        var left = header.offsetLeft + header.offsetWidth - box.clientWidth;
        if (header.offsetLeft - left < table.tHead.rows[0].cells[0].offsetWidth) {
          bringIntoView(target);
        } else {
          box.scrollTo({ left: left, behavior: "smooth" });
        }
      } else {
        bringIntoView(target);
      }
      return;
    }
    from.value = String(low + direction);
    to.value = String(high + direction);
    applyRange();
  }

  // The box is as tall as the window below it allows, so its sideways scrollbar is on screen from the start.
  function fit() {
    var top = box.getBoundingClientRect().top + window.pageYOffset;
    document.documentElement.style.setProperty("--matrix-top", Math.round(top) + "px");
  }

  range.hidden = false;
  links.forEach(function (link, column) {
    link.addEventListener("click", function (event) {
      // A level left out of the chosen ones is brought back by its link.
      if (!shown(column)) {
        from.value = String(Math.min(column, Number(from.value)));
        to.value = String(Math.max(column, Number(to.value)));
        applyRange();
      }
      if (stacked()) { return; }
      event.preventDefault();
      bringIntoView(column);
      box.scrollIntoView({ block: "nearest" });
    });
  });
  [from, to].forEach(function (select) {
    select.addEventListener("change", function () {
      if (Number(from.value) > Number(to.value)) {
        if (select === from) { to.value = from.value; } else { from.value = to.value; }
      }
      applyRange();
    });
  });
  steps.forEach(function (button) {
    button.addEventListener("click", function () { step(Number(button.getAttribute("data-step"))); });
  });
  box.addEventListener("scroll", update, { passive: true });
  window.addEventListener("resize", function () { update(); fit(); });
  window.addEventListener("load", fit);
  // The bar above the box changes height as its words change or wrap; the box follows.
  if (window.ResizeObserver) { new ResizeObserver(fit).observe(controls); }
  update();
  fit();
})();
