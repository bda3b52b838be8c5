/* « Mon programme »: the sessions a visitor marks, kept in this browser only (localStorage), never sent to the site
   except as the list of session ids of the .ics they download. Texts come from the page (data-label-*, data-text-*). */
(function () {
  'use strict';
  var key = 'rencontres-aict.mon-programme';
  var marked;
  try {
    marked = JSON.parse(window.localStorage.getItem(key) || '[]');
    if (!Array.isArray(marked)) { marked = []; }
  } catch (e) {
    return; // No storage (private mode, blocked): the buttons stay hidden.
  }

  var section = document.getElementById('mon-programme');

  function save() {
    try { window.localStorage.setItem(key, JSON.stringify(marked)); } catch (e) { /* full or blocked: kept for this page */ }
  }

  function calendarOf(element) {
    var button = element.querySelector('button.mark');
    return (section && section.getAttribute('data-calendar')) || (button && button.getAttribute('data-calendar')) || '/mon-programme.ics';
  }

  function isMarked(id) {
    return marked.some(function (s) { return s.id === id; });
  }

  function updateButton(element) {
    var button = element.querySelector('button.mark');
    if (!button) { return; }
    var on = isMarked(element.getAttribute('data-session-id'));
    button.hidden = false;
    button.querySelector('.mark-label').textContent = button.getAttribute(on ? 'data-label-remove' : 'data-label-add');
    button.classList.toggle('is-marked', on);
    var link = element.querySelector('.my-programme-link');
    if (link) { link.hidden = !on; }
  }

  function toggle(element) {
    var id = element.getAttribute('data-session-id');
    if (isMarked(id)) {
      marked = marked.filter(function (s) { return s.id !== id; });
    } else {
      marked.push({
        id: id,
        title: element.getAttribute('data-session-title'),
        when: element.getAttribute('data-session-when'),
        url: element.getAttribute('data-session-url'),
        calendar: calendarOf(element)
      });
    }
    save();
    updateButton(element);
    renderSection();
  }

  function renderSection() {
    if (!section) { return; }
    var calendar = section.getAttribute('data-calendar');
    var mine = marked.filter(function (s) { return s.calendar === calendar; });
    var list = section.querySelector('.my-programme-list');
    list.textContent = '';
    mine.forEach(function (s) {
      var item = document.createElement('li');
      var title = document.createElement(s.url ? 'a' : 'span');
      if (s.url) { title.href = s.url; }
      title.textContent = s.title;
      item.appendChild(title);
      item.appendChild(document.createTextNode(' — ' + s.when + ' '));
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'unmark';
      remove.textContent = section.getAttribute('data-text-remove');
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ' : ' + s.title;
      remove.appendChild(hidden);
      remove.addEventListener('click', function () {
        marked = marked.filter(function (m) { return m.id !== s.id; });
        save();
        document.querySelectorAll('[data-session-id="' + s.id + '"]').forEach(updateButton);
        renderSection();
        section.querySelector('h2').focus();
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
    var count = mine.length === 0 ? section.getAttribute('data-text-none')
      : mine.length === 1 ? section.getAttribute('data-text-one')
      : section.getAttribute('data-text-many').replace('{n}', String(mine.length));
    section.querySelector('.my-programme-count').textContent = count;
    var download = section.querySelector('.my-programme-download');
    download.hidden = mine.length === 0;
    download.href = calendar + '?sessions=' + mine.map(function (s) { return encodeURIComponent(s.id); }).join(',');
    section.hidden = false;
  }

  document.querySelectorAll('[data-session-id]').forEach(function (element) {
    var button = element.querySelector('button.mark');
    if (!button) { return; }
    button.addEventListener('click', function () { toggle(element); });
    updateButton(element);
  });
  renderSection();
}());
