/* The detail panel of the selected paper: title, authors, venue, year, DOI link, interventions
   and outcomes, its tally as a bar by polarity, the actions on the map (centre, expand, remove,
   path ends) and its statements (about it and by it) grouped by polarity, each with section,
   purpose, confidence and who set its labels (source, curator or classifier with version). */
/* global window, document */
(function () {
  'use strict';
  var X = window.EvidenceGraphExplorer;
  var E = X.encodings;
  var h = window.EvidenceGraphDom.h;
  var panel = document.getElementById('panel');
  var ORDER = ['SUPPORTING', 'CONTRASTING', 'MENTIONING', 'UNCLASSIFIED'];
  var lower = (s) => s.charAt(0) + s.slice(1).toLowerCase();
  var WHO = { SOURCE: 'the source', CURATOR: 'a curator', MODEL: 'the classifier' };

  /** "<kind> by <who>", with the model's version when the classifier made the label. */
  function labelBy(kind, source, version) {
    return kind + ' by ' + WHO[source] + (source === 'MODEL' && version ? ' ' + version : '');
  }

  function labelSource(s) {
    var c = s.classification || {};
    var parts = [
      s.polaritySource
        ? labelBy('polarity', s.polaritySource, c.polarityVersion)
        : 'polarity not labelled',
    ];
    if (s.purposeSource) parts.push(labelBy('purpose', s.purposeSource, c.purposeVersion));
    return parts.join(', ');
  }

  function statement(s, other) {
    var p = s[other];
    var meta =
      s.polarity.toLowerCase() +
      ' · ' +
      s.section.toLowerCase() +
      (s.purpose ? ' · purpose ' + s.purpose.toLowerCase() : '') +
      (s.confidence != null ? ' · confidence ' + s.confidence : '') +
      (s.source ? ' · from ' + s.source : '');
    return h(
      'li',
      { class: 'statement ' + s.polarity + (s.polaritySource === 'MODEL' ? ' model' : '') },
      [
        h('q', {}, [s.text]),
        h('div', { class: 'meta' }, [meta]),
        h('div', { class: 'label-source', 'data-source': s.polaritySource || '' }, [
          labelSource(s),
        ]),
        h('div', { class: 'meta' }, [
          (other === 'citing' ? 'by ' : 'about ') + p.title + (p.year ? ' (' + p.year + ')' : ''),
        ]),
      ],
    );
  }

  /** Statements grouped by polarity, one labelled list per polarity present. */
  function grouped(title, conn, other) {
    var id = 'st-' + other;
    var out = [h('h3', { id: id }, [title + ' (' + conn.totalCount + ')'])];
    var groups = {};
    conn.edges.forEach(function (e) {
      (groups[e.node.polarity] = groups[e.node.polarity] || []).push(e.node);
    });
    if (!conn.edges.length) out.push(h('p', {}, ['None.']));
    ORDER.forEach(function (pol) {
      if (!groups[pol]) return;
      var gid = id + '-' + pol;
      out.push(
        h('section', { class: 'polarity-group', 'data-polarity': pol, 'aria-labelledby': gid }, [
          h('h4', { id: gid }, [lower(pol) + ' (' + groups[pol].length + ')']),
          h(
            'ul',
            { class: 'statements' },
            groups[pol].map((s) => statement(s, other)),
          ),
        ]),
      );
    });
    return out;
  }

  function tallyBar(t) {
    var total = t.supporting + t.mentioning + t.contrasting + t.unclassified;
    var parts = ORDER.map(function (pol) {
      var n = t[pol.toLowerCase()];
      return n
        ? h(
            'span',
            {
              class: 'seg',
              title: lower(pol) + ': ' + n,
              style: { flexGrow: String(n), background: E.POLARITY[pol] },
            },
            [],
          )
        : null;
    }).filter(Boolean);
    var text = ORDER.map((pol) => t[pol.toLowerCase()] + ' ' + pol.toLowerCase()).join(', ');
    return [
      h(
        'div',
        { class: 'tally-bar', role: 'img', 'aria-label': 'Statements about it: ' + text },
        total ? parts : [],
      ),
      h('p', { class: 'meta' }, [
        t.citingPapers +
          ' citing papers, ' +
          t.statements +
          ' statements: ' +
          text +
          '; ' +
          t.references +
          ' references',
      ]),
    ];
  }

  function button(text, onClick) {
    var b = h('button', { type: 'button' }, [text]);
    b.addEventListener('click', onClick);
    return b;
  }

  function show(id) {
    panel.replaceChildren(h('p', {}, ['Loading…']));
    return X.queries
      .detail(id, X.state.filters)
      .then(function (d) {
        var p = d.paper;
        if (!p)
          return panel.replaceChildren(h('p', { class: 'error' }, ['Unknown paper ' + id + '.']));
        var facts = [];
        if (p.authors.length) facts.push(p.authors.map((a) => a.name).join(', '));
        var where = [p.venue ? p.venue.name : null, p.year].filter((x) => x != null).join(', ');
        if (where) facts.push(where);
        var head = [
          h('h2', { id: 'panel-title' }, [p.title]),
          h('p', { class: 'facts' }, [facts.join(' · ')]),
        ];
        if (p.doi)
          head.push(
            h('p', {}, [
              h('a', { href: 'https://doi.org/' + p.doi, rel: 'noopener', target: '_blank' }, [
                'doi:' + p.doi,
              ]),
            ]),
          );
        var concepts = function (label, list) {
          return list.length
            ? h('p', {}, [h('strong', {}, [label + ': ']), list.map((c) => c.name).join(', ')])
            : null;
        };
        [concepts('Interventions', p.interventions), concepts('Outcomes', p.outcomes)].forEach(
          (c) => c && head.push(c),
        );
        var onMap = !!X.model.papers[id];
        var actions = h(
          'div',
          { class: 'actions', role: 'group', 'aria-label': 'Actions on this paper' },
          [
            button('Centre on this paper', () => X.emit('reseed', id)),
            onMap ? button('Expand', () => X.emit('expand', id)) : null,
            onMap && id !== X.model.seed ? button('Remove', () => X.emit('remove', id)) : null,
            button('Path from here', () => X.emit('pathEnd', { end: 0, id: id })),
            button('Path to here', () => X.emit('pathEnd', { end: 1, id: id })),
          ].filter(Boolean),
        );
        panel.replaceChildren.apply(
          panel,
          head
            .concat(tallyBar(p.tally))
            .concat([actions])
            .concat(grouped('Statements about this paper', d.about, 'citing'))
            .concat(grouped('Statements this paper makes', d.by, 'cited')),
        );
        X.emit('panelShown', id);
      })
      .catch(function (e) {
        panel.replaceChildren(
          h('p', { class: 'error' }, ['Could not load the paper: ' + e.message]),
        );
      });
  }

  X.panel = { show: show };
})();
