/* The paper list beside the graph: one row per paper on screen, sortable by any column, kept in
   step with the graph both ways (hovering or focusing a row lights its node, hovering a node
   lights its row; selecting either selects both). Keyboard: Up/Down/Home/End move between rows,
   Enter or Space selects; the sort buttons carry aria-sort. */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var h = window.EvidenceGraphDom.h;
  var table = document.getElementById('papers');
  var body = table.querySelector('tbody');
  var sort = { key: 'citations', dir: -1 };
  var COLUMNS = {
    title: (p) => p.title.toLowerCase(),
    year: (p) => (p.year == null ? -Infinity : p.year),
    citations: (p) => p.citations,
    inMap: (p) => p.inMap,
    score: (p) => p.score,
  };
  var rows = {};

  function row(p) {
    var tr = h('tr', { 'data-id': p.id, tabindex: '-1', 'aria-selected': 'false' }, [
      h('td', {}, [p.title]),
      h('td', {}, [p.year == null ? '' : String(p.year)]),
      h('td', {}, [String(p.citations)]),
      h('td', {}, [String(p.inMap)]),
      h('td', {}, [p.score.toFixed(3)]),
    ]);
    tr.addEventListener('mouseenter', () => X.emit('hover', p.id));
    tr.addEventListener('mouseleave', () => X.emit('hover', null));
    tr.addEventListener('focus', () => X.emit('hover', p.id));
    tr.addEventListener('click', () => X.emit('select', p.id));
    return tr;
  }

  function render() {
    var papers = Object.keys(X.model.papers).map((id) => X.model.papers[id]);
    var key = COLUMNS[sort.key];
    papers.sort(function (a, b) {
      var x = key(a);
      var y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || (a.id < b.id ? -1 : 1);
    });
    rows = {};
    var frag = document.createDocumentFragment();
    papers.forEach(function (p) {
      frag.appendChild((rows[p.id] = row(p)));
    });
    body.replaceChildren(frag);
    var first = rows[X.state.sel] || body.firstChild;
    if (first) first.setAttribute('tabindex', '0');
    if (rows[X.state.sel]) rows[X.state.sel].setAttribute('aria-selected', 'true');
    table.querySelectorAll('th').forEach(function (th) {
      var k = th.getAttribute('data-key');
      th.setAttribute(
        'aria-sort',
        k === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none',
      );
    });
    document.getElementById('papers-caption').textContent = papers.length + ' papers on the map';
  }

  table.querySelectorAll('th button').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.parentNode.getAttribute('data-key');
      sort = { key: k, dir: sort.key === k ? -sort.dir : k === 'title' ? 1 : -1 };
      render();
    });
  });

  body.addEventListener('keydown', function (evt) {
    var tr = evt.target.closest('tr');
    if (!tr) return;
    var next = null;
    if (evt.key === 'ArrowDown') next = tr.nextElementSibling;
    else if (evt.key === 'ArrowUp') next = tr.previousElementSibling;
    else if (evt.key === 'Home') next = body.firstElementChild;
    else if (evt.key === 'End') next = body.lastElementChild;
    else if (evt.key === 'Enter' || evt.key === ' ') {
      evt.preventDefault();
      X.emit('select', tr.getAttribute('data-id'));
      return;
    } else return;
    evt.preventDefault();
    if (!next) return;
    tr.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });

  var hovered = null;
  X.on('hover', function (id) {
    if (hovered && rows[hovered]) rows[hovered].classList.remove('hovered');
    hovered = id;
    if (id && rows[id]) rows[id].classList.add('hovered');
  });
  X.on('selected', function (id) {
    Object.keys(rows).forEach(function (k) {
      if (rows[k].getAttribute('aria-selected') === 'true')
        rows[k].setAttribute('aria-selected', 'false');
    });
    if (!rows[id]) return;
    rows[id].setAttribute('aria-selected', 'true');
    rows[id].scrollIntoView({ block: 'nearest' });
  });
  X.on('drawn', render);
  X.list = { render: render, rows: () => rows };
})();
