// The admin's scripts (this one, picker.js, media-field.js, unsaved.js): progressive enhancements; every form works without them.
(function () {
  'use strict';
  var token = function () { var t = document.querySelector('input[name="__RequestVerificationToken"]'); return t ? t.value : ''; };

  // Rich text: a contenteditable with a small toolbar over each textarea.rich; the server sanitizes what is saved.
  // The buttons' words come from the page (data-toolbar-texts, in the admin's language); French when it gives none.
  document.querySelectorAll('textarea[data-rich]').forEach(function (area) {
    var texts = JSON.parse(area.dataset.toolbarTexts || '{}');
    var toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', area.dataset.toolbarLabel || 'Mise en forme');
    var editor = document.createElement('div');
    editor.className = 'rte';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-labelledby', area.id + '_label');
    editor.innerHTML = area.value;
    [['bold', 'Gras'], ['italic', 'Italique'], ['insertUnorderedList', 'Liste'], ['formatBlock:h2', 'Intertitre'],
     ['formatBlock:p', 'Paragraphe'], ['createLink', 'Lien'], ['unlink', 'Retirer le lien']].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button'; button.textContent = texts[b[0]] || b[1];
      button.addEventListener('click', function () {
        var parts = b[0].split(':');
        var value = parts[1] || null;
        if (parts[0] === 'createLink') { value = window.prompt(texts.linkPrompt || 'Adresse du lien (https://…)'); if (!value) { return; } }
        document.execCommand(parts[0], false, value);
        editor.focus();
      });
      toolbar.appendChild(button);
    });
    area.hidden = true;
    area.parentNode.insertBefore(toolbar, area);
    area.parentNode.insertBefore(editor, area);
    var sync = function () { area.value = editor.innerHTML; };
    editor.addEventListener('input', sync);
    area.form && area.form.addEventListener('submit', sync);
  });

  // Markdown preview, rendered by the server.
  document.querySelectorAll('button[data-markdown-preview]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var area = document.getElementById(button.dataset.markdownPreview);
      var box = document.getElementById(button.dataset.markdownPreview + '_preview');
      var body = new URLSearchParams({ markdown: area.value });
      fetch('/admin/api/markdown-preview', { method: 'POST', body: body, headers: { 'RequestVerificationToken': token() }, credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) { box.innerHTML = html; box.hidden = false; });
    });
  });

  // Confirm destructive actions.
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    el.addEventListener('click', function (e) { if (!window.confirm(el.dataset.confirm)) { e.preventDefault(); } });
  });
})();
