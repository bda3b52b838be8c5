// Content picker as chips and a combobox (WAI-ARIA 1.2 combobox with a listbox popup): the chosen items are chips with
// a remove button; typing asks the server for matching items; arrows move in the list, Enter adds (it never sends
// the form from here), Escape closes.
// The server's <select> stays in the form (hidden) and holds the choice, so the form posts the same without script.
(function () {
  'use strict';
  var count = 0;
  document.querySelectorAll('select[data-picker]').forEach(function (select) {
    var id = select.id, multiple = select.multiple, n = ++count;
    var label = document.querySelector('label[for="' + id + '"]');
    var box = document.createElement('div');
    box.className = 'picker';
    var chips = document.createElement('ul');
    chips.className = 'chips';
    chips.setAttribute('aria-label', select.dataset.chosenLabel);
    var input = document.createElement('input');
    input.type = 'text';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'picker-list-' + n);
    input.autocomplete = 'off';
    input.placeholder = select.dataset.placeholder || '';
    ['aria-describedby', 'aria-invalid'].forEach(function (a) { if (select.hasAttribute(a)) { input.setAttribute(a, select.getAttribute(a)); } });
    var list = document.createElement('ul');
    list.id = 'picker-list-' + n;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', select.dataset.resultsLabel);
    list.className = 'picker-list';
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    select.id = id + '_source';
    select.hidden = true;
    select.tabIndex = -1;
    input.id = id;
    box.append(chips, input, list, status);
    select.parentNode.insertBefore(box, select);
    if (label) { label.htmlFor = id; }
    var active = -1, found = [];

    var changed = function () { select.dispatchEvent(new CustomEvent('picker-change', { bubbles: true })); };
    var option = function (value) { return Array.prototype.find.call(select.options, function (o) { return o.value === value; }); };
    var render = function () {
      chips.textContent = '';
      Array.prototype.forEach.call(select.selectedOptions, function (o) {
        if (!o.value) { return; }
        var chip = document.createElement('li');
        var text = document.createElement('span');
        text.textContent = o.text;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', (select.dataset.removeLabel || 'Retirer') + ' ' + o.text);
        remove.addEventListener('click', function () {
          o.selected = false; render(); changed(); input.focus();
          status.textContent = o.text + ' : ' + (select.dataset.removedText || 'retiré');
        });
        chip.append(text, remove);
        chips.appendChild(chip);
      });
      chips.hidden = chips.children.length === 0;
    };
    var close = function () { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    var highlight = function (i) {
      var items = list.querySelectorAll('[role=option]');
      if (items.length === 0) { return; }
      active = (i + items.length) % items.length;
      items.forEach(function (li, k) { li.classList.toggle('active', k === active); });
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    };
    var choose = function (item) {
      var o = option(item.id);
      if (!o) { o = new Option(item.text, item.id); select.add(o); }
      if (!multiple) { Array.prototype.forEach.call(select.options, function (x) { x.selected = false; }); }
      o.selected = true;
      input.value = '';
      close(); render(); changed();
      status.textContent = item.text + ' : ' + (select.dataset.addedText || 'ajouté');
    };
    var show = function (items) {
      found = items.filter(function (f) { var o = option(f.id); return !(o && o.selected); });
      list.textContent = '';
      found.forEach(function (f, k) {
        var li = document.createElement('li');
        li.id = 'picker-list-' + n + '-' + k;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = f.text;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(f); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = found.length === 0 ? (select.dataset.noneText || 'Aucun résultat') : found.length + ' ' + (select.dataset.countText || 'résultat(s)');
      active = -1;
    };
    var search = function () {
      var q = input.value.trim();
      fetch('/admin/api/content-search?types=' + encodeURIComponent(select.dataset.types || '') + '&q=' + encodeURIComponent(q), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (items) { if (input.value.trim() === q) { show(items); } });
    };
    input.addEventListener('input', search);
    input.addEventListener('focus', function () { if (list.hidden && input.value.trim() !== '') { search(); } });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { search(); } else { highlight(active + 1); } }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Enter') { e.preventDefault(); if (!list.hidden && active >= 0) { choose(found[active]); } }
      else if (e.key === 'Escape') { if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; } }
    });
    render();
  });
})();
