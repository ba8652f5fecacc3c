// Scope matrix: filters, path search and row details. A classic script (no modules) so the page
// also works opened from file://. Without it, every row's details stay visible.
(function () {
  "use strict";

  var form = document.getElementById("matrix-filters");
  if (!form) return;
  var methodSelect = document.getElementById("filter-method");
  var accessSelect = document.getElementById("filter-access");
  var scopeSelect = document.getElementById("filter-scope");
  var searchInput = document.getElementById("filter-search");
  var count = document.getElementById("matrix-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.op-row"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("tbody.area-group"));

  function toggleOf(row) {
    return row.querySelector(".op-toggle");
  }

  function detailsOf(row) {
    return document.getElementById(toggleOf(row).getAttribute("aria-controls"));
  }

  function setOpen(row, open) {
    toggleOf(row).setAttribute("aria-expanded", open ? "true" : "false");
    detailsOf(row).hidden = !open || row.hidden;
    row.classList.toggle("selected", open);
  }

  function isOpen(row) {
    return toggleOf(row).getAttribute("aria-expanded") === "true";
  }

  // A concrete path such as /api/tickets/42/messages matches the template /api/tickets/{ticket_id}/messages.
  function matchesTemplate(template, query) {
    var path = query.split("?")[0].replace(/\/+$/, "");
    var want = template.split("/");
    var got = path.split("/");
    if (want.length !== got.length) return false;
    for (var i = 0; i < want.length; i++) {
      var isParam = /^\{[^}]+\}$/.test(want[i]);
      if (isParam ? got[i] === "" : want[i].toLowerCase() !== got[i].toLowerCase()) return false;
    }
    return true;
  }

  function matches(row, filter) {
    if (filter.method && row.getAttribute("data-method") !== filter.method) return false;
    if (filter.access && row.getAttribute("data-access") !== filter.access) return false;
    if (filter.scope && row.getAttribute("data-scopes").split(" ").indexOf(filter.scope) < 0) return false;
    if (!filter.q) return true;
    return row.getAttribute("data-search").indexOf(filter.q) >= 0 || (filter.q.charAt(0) === "/" && matchesTemplate(row.getAttribute("data-path"), filter.q));
  }

  function currentFilter() {
    return {
      method: methodSelect.value,
      access: accessSelect.value,
      scope: scopeSelect.value,
      q: searchInput.value.trim().toLowerCase(),
    };
  }

  // Keeps the filters in the address so a filtered view can be shared; file:// may refuse, which is harmless.
  function remember(filter) {
    var params = new URLSearchParams();
    if (filter.method) params.set("method", filter.method);
    if (filter.access) params.set("access", filter.access);
    if (filter.scope) params.set("scope", filter.scope);
    if (searchInput.value.trim()) params.set("q", searchInput.value.trim());
    var query = params.toString();
    try {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    } catch (error) {
      return;
    }
  }

  function apply() {
    var filter = currentFilter();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row, filter);
      row.hidden = !visible;
      detailsOf(row).hidden = !visible || !isOpen(row);
      if (visible) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("tr.op-row:not([hidden])");
    });
    count.textContent = shown + " of " + rows.length + " operations" + (shown === 0 ? ": no operation matches these filters" : "");
    remember(filter);
  }

  function visibleToggles() {
    return rows.filter(function (row) { return !row.hidden; }).map(toggleOf);
  }

  function selectOption(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) select.value = value;
    }
  }

  rows.forEach(function (row) {
    setOpen(row, false);
    toggleOf(row).addEventListener("click", function (event) {
      event.stopPropagation();
      setOpen(row, !isOpen(row));
    });
    // A click anywhere else on the row (not on a link) selects it too.
    row.addEventListener("click", function (event) {
      if (event.target.closest("a, button")) return;
      setOpen(row, !isOpen(row));
    });
    toggleOf(row).addEventListener("keydown", function (event) {
      var toggles = visibleToggles();
      var at = toggles.indexOf(event.currentTarget);
      var next = null;
      if (event.key === "ArrowDown") next = toggles[at + 1];
      else if (event.key === "ArrowUp") next = toggles[at - 1];
      else if (event.key === "Home") next = toggles[0];
      else if (event.key === "End") next = toggles[toggles.length - 1];
      else return;
      event.preventDefault();
      if (next) next.focus();
    });
  });

  var params = new URLSearchParams(location.search);
  selectOption(methodSelect, params.get("method"));
  selectOption(accessSelect, params.get("access"));
  selectOption(scopeSelect, params.get("scope"));
  if (params.get("q")) searchInput.value = params.get("q");

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.addEventListener("reset", function () {
    setTimeout(apply, 0);
  });

  function openFromHash() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.classList.contains("op-row")) {
      if (target.hidden) {
        form.reset();
        methodSelect.value = accessSelect.value = scopeSelect.value = searchInput.value = "";
        apply();
      }
      setOpen(target, true);
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openFromHash);

  apply();
  openFromHash();
})();
