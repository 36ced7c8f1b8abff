// ket-qua.html: the results a reader may see: ranking with each area's component index, a unit's detail and trend
var el = Page.el, node = Page.node, svg = Page.svg;
var LINE_COLOURS = ['#2e6da4', '#c0392b', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#7f8c8d'];
var rows = [], areas = {}, areaColumns = [], province = '', legendBands = [], loggedIn = false, resultYears = [];
var changes = null;   // by unit: the final results against the preliminary ones, when any changed

function get(url) { return Page.call('GET', url); }
function num(value) {
  return value == null ? '' : Number(value).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
function bar(value) {
  var span = node('span', { 'class': 'bar' });
  span.style.width = Math.min(Number(value) || 0, 100) + '%';
  return node('td', { 'class': 'bar-cell' }, [span]);
}
function cell(text, className) { return node('td', className ? { 'class': className } : {}, [text]); }

/** The ranking, block by block: rank, unit, index, band, the change from the preliminary results, each area's index. */
function render() {
  var block = el('block').value, current = null, shown = rows.filter(function (r) { return !block || r.rankingBlock === block; });
  el('ranking-head').replaceChildren(node('th', {}, ['Hạng']), node('th', {}, ['Đơn vị']),
    node('th', { 'class': 'number' }, ['Chỉ số (%)']), node('th', { 'class': 'bar-cell' }), node('th', {}, ['Xếp loại']),
    changes ? node('th', { 'class': 'change' }, ['Thay đổi so với sơ bộ']) : null);
  areaColumns.forEach(function (area) {
    // the short name over the column, the full one on hover and for screen readers
    el('ranking-head').append(node('th', { 'class': 'area', scope: 'col', 'data-area': area.code, title: area.title,
      'aria-label': area.title }, area.shortName || area.title));
  });
  var body = [];
  shown.forEach(function (r) {
    if (r.rankingBlock !== current) {
      current = r.rankingBlock;
      body.push(node('tr', { 'class': 'block' }, [node('td', { colspan: (changes ? 6 : 5) + areaColumns.length }, [current])]));
    }
    var unitAreas = areas[r.unitCode] || {};
    var tr = node('tr', { 'class': 'unit', 'data-unit': r.unitCode, tabindex: 0 }, [cell(r.rank ? String(r.rank) : '—'),
      cell(r.unitName, 'name'), cell(num(r.index), 'number'), bar(r.index), cell(r.classification, 'band'),
      changes ? node('td', { 'class': 'change' }, Page.resultChange(changes[r.unitCode], num)) : null]
      .concat(areaColumns.map(function (area) { return cell(areaValue(unitAreas, area.code), 'number area'); })));
    tr.addEventListener('click', function () { detail(r.unitCode); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { detail(r.unitCode); } });
    body.push(tr);
  });
  Page.fill(el('results'), body);
  el('hint').hidden = shown.length === 0;
  bands(shown);
}
/** The changes by unit; null (no column) for a year where nothing changed, or without preliminary results. */
function byUnit(list) {
  if (!list || list.every(function (c) { return Page.resultChange(c, num) === '—'; })) { return null; }
  var indexed = {};
  list.forEach(function (c) { indexed[c.unitCode] = c; });
  return indexed;
}
/** An area's component index; an area without one for the unit (not applicable) reads as a dash. */
function areaValue(unitAreas, code) { return code in unitAreas ? num(unitAreas[code]) : '—'; }
/** How many units each band holds, in the scheme's order (else in the order the ranking meets them). */
function bands(shown) {
  var order = legendBands.map(function (b) { return b.label; }), counts = {};
  order.forEach(function (label) { counts[label] = 0; });
  shown.slice().sort(function (a, b) { return b.index - a.index; }).forEach(function (r) {
    if (!(r.classification in counts)) { order.push(r.classification); counts[r.classification] = 0; }
    counts[r.classification]++;
  });
  Page.fill(el('bands'), order.map(function (c) {
    return node('span', {}, [c + ': ', node('b', {}, [String(counts[c])]), ' đơn vị']);
  }));
}
/** The year's scheme: each band and the rule that puts a unit in it. */
function legend(scheme) {
  legendBands = scheme ? scheme.bands : [];
  el('legend-title').hidden = el('legend').hidden = legendBands.length === 0;
  el('legend-title').textContent = scheme ? 'Cách xếp loại: ' + scheme.title : '';
  Page.fill(el('legend'), legendBands.reduce(function (items, b) {
    return items.concat([node('dt', {}, [b.label]), node('dd', {}, [b.rule])]);
  }, []));
}
/** The areas that have component indices, named by the year's catalogue, in its order. */
function columns(titles) {
  var present = {};
  Object.keys(areas).forEach(function (unit) { Object.keys(areas[unit]).forEach(function (code) { present[code] = true; }); });
  var named = titles.filter(function (area) { return present[area.code]; });
  var unnamed = Object.keys(present).filter(function (code) { return !titles.some(function (area) { return area.code === code; }); })
    .sort().map(function (code) { return { code: code, title: 'Lĩnh vực ' + code }; });
  return named.concat(unnamed);
}
function title() {
  var year = el('year').value, stage = el('stage').value === 'FINAL' ? 'chính thức' : 'sơ bộ';
  var text = 'Kết quả Chỉ số cải cách hành chính năm ' + year + ' (' + stage + ')' + (province ? ' — ' + province : '');
  el('title').textContent = text;
  document.title = text;
}
/** A unit's detail: each area by name, what to fix, its trend; brought into view. */
function detail(unit) {
  var r = rows.filter(function (x) { return x.unitCode === unit; })[0];
  Array.prototype.forEach.call(document.querySelectorAll('tr.unit'), function (tr) {
    tr.classList.toggle('selected', tr.getAttribute('data-unit') === unit);
  });
  el('unit-detail').hidden = false;
  el('detail-title').textContent = r.unitName + ' — chỉ số thành phần theo lĩnh vực';
  var unitAreas = areas[unit] || {};
  Page.fill(el('detail').querySelector('tbody'),
    areaColumns.filter(function (area) { return area.code in unitAreas; }).map(function (area) {
      return node('tr', { 'class': 'area', 'data-area': area.code }, [cell(area.code + '. ' + area.title),
        cell(areaValue(unitAreas, area.code), 'number'), bar(unitAreas[area.code])]);
    }));
  el('unit-detail').scrollIntoView({ block: 'start' });
  trend([], unit);
  var history = el('stage').value === 'FINAL' ? '/public-api/units/' : '/api/units/';
  get(history + encodeURIComponent(unit) + '/history').then(function (years) { trend(years, unit); })
    .catch(function () { trend([], unit); });
  fixes([]);
  if (loggedIn) {
    get('/api/cycles/' + el('year').value + '/units/' + encodeURIComponent(unit) + '/improvements').then(fixes)
      .catch(function () { fixes([]); });
  }
}
/** For the unit itself and the province's staff: each leaf where it lost points, by what recovering it would bring. */
function fixes(list) {
  el('fix-title').hidden = el('fix').hidden = list.length === 0;
  Page.fill(el('fix').querySelector('tbody'), list.map(function (f) {
    return node('tr', { 'class': 'fix' }, [cell(f.leafCode), cell(f.leafTitle), cell(num(f.points) + ' / ' + num(f.max), 'number'),
      cell('+' + num(f.indexGain), 'number'),
      node('td', {}, [f.classification, f.changesBand ? ' ' : null, f.changesBand ? node('b', {}, ['(lên loại)']) : null]),
      cell(f.rank + (f.ranksGained > 0 ? ' (tăng ' + f.ranksGained + ')' : ''))]);
  }));
}
/** The unit's index year by year, and its predecessors' before a merger: a table, and a chart of one line per unit. */
function trend(years, unit) {
  el('trend-title').hidden = el('trend').hidden = years.length === 0;
  Page.fill(el('trend').querySelector('tbody'), years.map(function (y) {
    return node('tr', { 'class': 'trend-year' }, [cell(y.year + (y.stage === 'FINAL' ? '' : ' (sơ bộ)')), cell(y.unitName),
      cell(num(y.index), 'number'), bar(y.index), cell(y.classification), cell(y.rank ? String(y.rank) : 'không xếp hạng')]);
  }));
  chart(years, unit);
}
/** Years along the axis, the index (0-100) up it; the unit's own line first, then each predecessor's, each in the legend. */
function chart(years, unit) {
  el('trend-chart').replaceChildren();
  el('trend-legend').replaceChildren();
  if (years.length === 0) { return; }
  var axis = years.map(function (y) { return y.year; }).filter(function (y, i, all) { return all.indexOf(y) === i; }).sort();
  var units = [unit].concat(years.map(function (y) { return y.unitCode; }))
    .filter(function (code, i, all) { return all.indexOf(code) === i && years.some(function (y) { return y.unitCode === code; }); });
  var width = Math.min(640, el('trend-chart').clientWidth || 640), height = 200, left = 36, right = 24, top = 10, bottom = 26;
  function x(year) {
    return axis.length === 1 ? (left + width - right) / 2 : left + (width - left - right) * axis.indexOf(year) / (axis.length - 1);
  }
  function y(index) { return top + (height - top - bottom) * (1 - Number(index) / 100); }
  var root = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img',
    'aria-label': 'Chỉ số qua các năm: ' + axis.join(', ') });
  [0, 50, 100].forEach(function (level) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(level), y2: y(level), stroke: '#ddd' }),
      svg('text', { 'class': 'axis-index', x: left - 6, y: y(level) + 4, 'text-anchor': 'end', 'font-size': 12 }, [String(level)]));
  });
  axis.forEach(function (year) {
    root.append(svg('text', { 'class': 'axis-year', x: x(year), y: height - 8, 'text-anchor': 'middle', 'font-size': 12 }, [String(year)]));
  });
  units.forEach(function (code, i) {
    var own = years.filter(function (r) { return r.unitCode === code; });
    var name = own[own.length - 1].unitName, colour = LINE_COLOURS[i % LINE_COLOURS.length];
    var line = svg('g', { 'class': 'trend-line', 'data-unit': code }, [svg('title', {}, [name])]);
    line.append(svg('polyline', { fill: 'none', stroke: colour, 'stroke-width': code === unit ? 3 : 2,
      'stroke-dasharray': code === unit ? 'none' : '6 3',
      points: own.map(function (r) { return x(r.year) + ',' + y(r.index); }).join(' ') }));
    own.forEach(function (r) {
      line.append(svg('circle', { cx: x(r.year), cy: y(r.index), r: 4, fill: colour },
        [svg('title', {}, [name + ', năm ' + r.year + ': ' + num(r.index)])]));
    });
    root.append(line);
    var swatch = node('span', { 'class': 'swatch' });
    swatch.style.background = colour;
    el('trend-legend').append(node('li', { 'data-unit': code }, [swatch, name + (code === unit ? '' : ' (đơn vị tiền thân)')]));
  });
  el('trend-chart').append(root);
}
function load() {
  var year = el('year').value, stage = el('stage').value;
  title();
  el('unit-detail').hidden = true;
  var base = stage === 'FINAL' ? '/public-api/years/' + year : '/api/cycles/' + year;
  var resultsUrl = stage === 'FINAL' ? base + '/results' : base + '/results?stage=PRELIMINARY';
  var areasUrl = stage === 'FINAL' ? base + '/areas' : base + '/results/areas?stage=PRELIMINARY';
  el('workbook').href = stage === 'FINAL' ? base + '/ranking.xlsx' : base + '/reports/ranking.xlsx?stage=PRELIMINARY';
  var optional = function (url) { return get(url).catch(function () { return null; }); };
  // the reasons of a change for the unit itself and the province's staff (the API's), for others none
  var changesUrl = loggedIn ? '/api/cycles/' + year + '/results/changes' : base + '/results/changes';
  Promise.all([get(resultsUrl), get(areasUrl), optional('/public-api/years/' + year + '/classification'),
    optional('/public-api/years/' + year + '/catalogue/areas'), stage === 'FINAL' ? optional(changesUrl) : null]).then(function (data) {
    rows = data[0]; areas = data[1]; areaColumns = columns(data[3] || []); legend(data[2]); changes = byUnit(data[4]);
    el('message').textContent = ''; el('workbook').hidden = false; el('complain').hidden = stage !== 'PRELIMINARY';
    var blocks = rows.map(function (r) { return r.rankingBlock; }).filter(function (b, i, all) { return all.indexOf(b) === i; });
    Page.fill(el('block'), [node('option', { value: '' }, ['Tất cả'])]
      .concat(blocks.map(function (b) { return node('option', {}, [b]); })));
    render();
  }).catch(function (e) {
    rows = []; areas = {}; changes = null; render(); el('workbook').hidden = true; el('complain').hidden = true;
    el('message').replaceChildren(e.message || 'Không tải được kết quả.');
    if (stage === 'PRELIMINARY') { el('message').append(' ', node('a', { href: '/camunda/app/tasklist/' }, ['Đăng nhập'])); }
  });
}
/** A year's final results when the reader may see them, else its preliminary ones. */
function chooseStage() {
  var chosen = resultYears.filter(function (y) { return String(y.year) === el('year').value; })[0];
  if (chosen) { el('stage').value = chosen.stages.indexOf('FINAL') >= 0 ? 'FINAL' : chosen.stages[0]; }
}
// the years with results the reader may see, newest first: published ones for everyone, more for a logged-in user
get('/public-api/about').then(function (about) {
  province = about.province;
  loggedIn = about.loggedIn;
  var published = function () {
    return get('/public-api/years').then(function (years) {
      return years.map(function (y) { return { year: y, stages: ['FINAL'] }; });
    });
  };
  return loggedIn ? get('/api/results/years').catch(published) : published();
}).then(function (years) {
  resultYears = years.slice().sort(function (a, b) { return b.year - a.year; });
  Page.fill(el('year'), resultYears.map(function (y) { return node('option', {}, [String(y.year)]); }));
  if (!resultYears.length) {
    el('message').textContent = loggedIn ? 'Chưa có năm nào có kết quả bạn được xem.' : 'Chưa có năm nào công bố kết quả chính thức.';
    return;
  }
  chooseStage();
  load();
});
el('year').addEventListener('change', function () { chooseStage(); load(); });
el('stage').addEventListener('change', load);
el('block').addEventListener('change', render);
