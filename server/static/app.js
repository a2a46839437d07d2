// vigil: small progressive enhancements; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Ask before destructive review actions.
  document.querySelectorAll("form[data-confirm]").forEach(function (f) {
    f.addEventListener("submit", function (e) {
      if (!window.confirm(f.getAttribute("data-confirm"))) {
        e.preventDefault();
      }
    });
  });
  // Submit filter selects on change.
  document.querySelectorAll("form.filters select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
});
