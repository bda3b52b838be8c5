// Leaving an editor with changes not saved asks first (the browser's own question): any input or change marks the
// form as changed, sending it clears the mark. A form shown again after a refused post starts as changed.
(function () {
  'use strict';
  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    var dirty = form.dataset.dirty === 'true';
    var mark = function () { dirty = true; };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('picker-change', mark);
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (e) {
      if (dirty) {
        e.preventDefault();
        e.returnValue = form.dataset.unsavedWarning;
        return form.dataset.unsavedWarning;
      }
      return undefined;
    });
  });
})();
