/* A form shown again with errors: focus goes to the error summary (read out by screen readers, its links lead to
   each field) and the address goes back to the page the form was on (/inscription), not the address it posted to,
   so that reloading or sharing the page shows the form. Without JavaScript the page works the same, at /formulaires/…. */
(function () {
  'use strict';
  var summary = document.getElementById('resume-des-erreurs');
  if (!summary) { return; }
  var origin = document.querySelector('input[name="__RequestOriginatedFrom"]');
  var path = origin && origin.value;
  if (path && path.charAt(0) === '/' && path.charAt(1) !== '/' && path.charAt(1) !== '\\' && window.location.pathname !== path && window.history.replaceState) {
    window.history.replaceState(null, '', path);
  }
  summary.focus();
}());
