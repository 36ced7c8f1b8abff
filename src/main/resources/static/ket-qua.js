// ket-qua.html: the published results: ranking, a unit's detail and trend
var el = Page.el, esc = Page.esc;
var rows = [], areas = {}, province = '', legendBands = [], loggedIn = false;
function get(url) { return Page.call('GET', url); }
function num(value) {
  return value == null ? '' : Number(value).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
function bar(value) { return '<span class="bar" style="width:' + (value || 0) * 3 + 'px"></span>'; }
function render() {
  var block = el('block').value, current = null, html = [];
  rows.filter(function (r) { return !block || r.rankingBlock === block; }).forEach(function (r) {
    if (r.rankingBlock !== current) { current = r.rankingBlock; html.push('<tr class="block"><td colspan="5">' + esc(current) + '</td></tr>'); }
    html.push('<tr class="unit" data-unit="' + esc(r.unitCode) + '"><td>' + (r.rank || '—') + '</td><td>' + esc(r.unitName) + '</td><td class="number">'
      + num(r.index) + '</td><td class="bar-cell">' + bar(r.index) + '</td><td>' + esc(r.classification) + '</td></tr>');
  });
  el('results').innerHTML = html.join('');
  bands(rows.filter(function (r) { return !block || r.rankingBlock === block; }));
  Array.prototype.forEach.call(document.querySelectorAll('tr.unit'), function (tr) {
    tr.addEventListener('click', function () { detail(tr.getAttribute('data-unit')); });
  });
}
/** How many units each band holds, in the scheme's order (else in the order the ranking meets them). */
function bands(shown) {
  var order = legendBands.map(function (b) { return b.label; }), counts = {};
  order.forEach(function (label) { counts[label] = 0; });
  shown.slice().sort(function (a, b) { return b.index - a.index; }).forEach(function (r) {
    if (!(r.classification in counts)) { order.push(r.classification); counts[r.classification] = 0; }
    counts[r.classification]++;
  });
  el('bands').innerHTML = order.map(function (c) { return '<span>' + esc(c) + ': <b>' + counts[c] + '</b> đơn vị</span>'; }).join('');
}
/** The year's scheme: each band and the rule that puts a unit in it. */
function legend(scheme) {
  legendBands = scheme ? scheme.bands : [];
  el('legend-title').hidden = el('legend').hidden = legendBands.length === 0;
  el('legend-title').textContent = scheme ? 'Cách xếp loại: ' + scheme.title : '';
  el('legend').innerHTML = legendBands.map(function (b) {
    return '<dt>' + esc(b.label) + '</dt><dd>' + esc(b.rule) + '</dd>';
  }).join('');
}
function title() {
  var year = el('year').value, stage = el('stage').value === 'FINAL' ? 'chính thức' : 'sơ bộ';
  var text = 'Kết quả Chỉ số cải cách hành chính năm ' + year + ' (' + stage + ')' + (province ? ' — ' + province : '');
  el('title').textContent = text;
  document.title = text;
}
function detail(unit) {
  var r = rows.filter(function (x) { return x.unitCode === unit; })[0];
  el('detail-title').hidden = false; el('detail').hidden = false;
  el('detail-title').textContent = r.unitName + ' — chỉ số thành phần theo lĩnh vực';
  var a = areas[unit] || {};
  el('detail').querySelector('tbody').innerHTML = Object.keys(a).map(function (k) {
    return '<tr><td>' + esc(k) + '</td><td>' + (a[k] == null ? 'không áp dụng' : num(a[k])) + '</td><td class="bar-cell">' + bar(a[k]) + '</td></tr>';
  }).join('');
  var history = el('stage').value === 'FINAL' ? '/public-api/units/' : '/api/units/';
  get(history + encodeURIComponent(unit) + '/history').then(trend).catch(function () { trend([]); });
  fixes([]);
  if (loggedIn) {
    get('/api/cycles/' + el('year').value + '/units/' + encodeURIComponent(unit) + '/improvements').then(fixes)
      .catch(function () { fixes([]); });
  }
}
/** For the unit itself and the province's staff: each leaf where it lost points, by what recovering it would bring. */
function fixes(list) {
  el('fix-title').hidden = el('fix').hidden = list.length === 0;
  el('fix').querySelector('tbody').innerHTML = list.map(function (f) {
    return '<tr class="fix"><td>' + esc(f.leafCode) + '</td><td>' + esc(f.leafTitle) + '</td><td class="number">' + num(f.points) + ' / '
      + num(f.max) + '</td><td class="number">+' + num(f.indexGain) + '</td><td>' + esc(f.classification)
      + (f.changesBand ? ' <b>(lên loại)</b>' : '') + '</td><td>' + f.rank + (f.ranksGained > 0 ? ' (tăng ' + f.ranksGained + ')' : '') + '</td></tr>';
  }).join('');
}
/** The unit's index year by year (its predecessors' years too), as a table and a small line chart. */
function trend(years) {
  el('trend-title').hidden = el('trend').hidden = years.length === 0;
  el('trend').querySelector('tbody').innerHTML = years.map(function (y) {
    return '<tr class="trend-year"><td>' + y.year + (y.stage === 'FINAL' ? '' : ' (sơ bộ)') + '</td><td>' + esc(y.unitName)
      + '</td><td>' + num(y.index) + '</td><td class="bar-cell">' + bar(y.index) + '</td><td>' + esc(y.classification) + '</td><td>' + (y.rank || 'không xếp hạng') + '</td></tr>';
  }).join('');
  var w = 480, h = 160, step = years.length > 1 ? (w - 40) / (years.length - 1) : 0;
  var points = years.map(function (y, i) { return (20 + i * step) + ',' + (h - 20 - (h - 40) * y.index / 100); });
  el('trend-chart').innerHTML = years.length < 2 ? '' : '<svg viewBox="0 0 ' + w + ' ' + h + '" style="max-width:' + w + 'px;width:100%" role="img" aria-label="Chỉ số qua các năm">'
    + '<polyline fill="none" stroke="#2e6da4" stroke-width="2" points="' + points.join(' ') + '"/>'
    + years.map(function (y, i) { var p = points[i].split(','); return '<circle cx="' + p[0] + '" cy="' + p[1] + '" r="3" fill="#2e6da4"/>'
        + '<text x="' + p[0] + '" y="' + (h - 4) + '" font-size="11" text-anchor="middle">' + y.year + '</text>'; }).join('')
    + '</svg>';
}
function load() {
  var year = el('year').value, stage = el('stage').value;
  title();
  var base = stage === 'FINAL' ? '/public-api/years/' + year : '/api/cycles/' + year;
  var resultsUrl = stage === 'FINAL' ? base + '/results' : base + '/results?stage=PRELIMINARY';
  var areasUrl = stage === 'FINAL' ? base + '/areas' : base + '/results/areas?stage=PRELIMINARY';
  el('workbook').href = stage === 'FINAL' ? base + '/ranking.xlsx' : base + '/reports/ranking.xlsx?stage=PRELIMINARY';
  Promise.all([get(resultsUrl), get(areasUrl), get('/public-api/years/' + year + '/classification').catch(function () { return null; })]).then(function (data) {
    rows = data[0]; areas = data[1]; legend(data[2]); el('message').textContent = ''; el('workbook').hidden = false;
    var blocks = rows.map(function (r) { return r.rankingBlock; }).filter(function (b, i, all) { return all.indexOf(b) === i; });
    el('block').innerHTML = '<option value="">Tất cả</option>' + blocks.map(function (b) { return '<option>' + esc(b) + '</option>'; }).join('');
    render();
  }).catch(function (e) { rows = []; render(); el('workbook').hidden = true; el('message').innerHTML = esc(e.message || 'Không tải được kết quả.')
    + (stage === 'PRELIMINARY' ? ' <a href="/camunda/app/tasklist/">Đăng nhập</a>' : ''); });
}
// published years for everyone; a logged-in user also sees the years still in progress
get('/public-api/about').then(function (about) {
  province = about.province;
  loggedIn = about.loggedIn;
  return Promise.all([get('/public-api/years'), about.loggedIn ? get('/api/cycles').catch(function () { return []; }) : []]);
}).then(function (data) {
  var years = data[0].concat(data[1].map(function (c) { return c.year; }))
    .filter(function (y, i, all) { return all.indexOf(y) === i; }).sort().reverse();
  el('year').innerHTML = years.map(function (y) { return '<option>' + y + '</option>'; }).join('');
  if (!years.length) { el('message').textContent = 'Chưa có năm nào công bố kết quả chính thức.'; } else { load(); }
});
el('year').addEventListener('change', load);
el('stage').addEventListener('change', load);
el('block').addEventListener('change', render);
