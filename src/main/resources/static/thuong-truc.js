// thuong-truc.html: the standing body's workspace — a year's progress, its units' files, and the uploads and
// downloads of units, accounts, catalogue and reports, each showing its errors in place
var el = Page.el, esc = Page.esc;
var overview = null;

/** A result beside the control that caused it; a refused file's problems one per line, by row and column. */
function message(id, text, ok, details) {
  var target = el(id);
  target.className = ok ? 'ok' : 'error';
  target.textContent = text;
  if (details && details.length) {
    var list = document.createElement('ul');
    list.className = 'problems';
    details.forEach(function (detail) {
      var item = document.createElement('li');
      item.textContent = detail;
      list.appendChild(item);
    });
    target.appendChild(list);
  }
}

function failed(id) {
  return function (error) { message(id, error.message || 'Lỗi không xác định.', false, error.details); };
}

function upload(url, input) {
  var form = new FormData();
  form.append('file', el(input).files[0]);
  return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' },
                      body: form });
}

Page.call('GET', '/api/me').then(function (me) {
  if (me.groups.indexOf('standing-body') < 0 && me.groups.indexOf('camunda-admin') < 0) {
    el('who').textContent = 'Trang này dành cho cơ quan thường trực.';
    return;
  }
  el('who').textContent = 'Tài khoản: ' + me.id;
  el('workspace').hidden = false;
  loadYears();
}, function () {
  el('who').innerHTML = 'Hãy <a href="/camunda/app/tasklist/default/">đăng nhập</a> rồi mở lại trang này.';
});

function loadYears(selected) {
  Page.call('GET', '/api/cycles').then(function (cycles) {
    var years = cycles.map(function (c) { return c.year; }).sort().reverse();
    el('year').innerHTML = years.map(function (y) { return '<option>' + y + '</option>'; }).join('');
    if (selected) { el('year').value = selected; }
    if (years.length) { show(el('year').value); }
  });
}

el('year').addEventListener('change', function () { show(el('year').value); });

function show(year) {
  Page.call('GET', '/api/cycles/' + year + '/overview').then(function (o) {
    overview = o;
    el('overview').hidden = false;
    el('overview-title').textContent = 'Năm ' + o.year;
    el('overview-phase').textContent = o.phase + '. Hạn nộp hồ sơ: ' + (o.selfAssessmentDue || '').replace('T', ' ')
        + (o.complaintWindowEnds ? '. Hết hạn kiến nghị: ' + o.complaintWindowEnds.replace('T', ' ') : '') + '.';
    var rows = [['Đơn vị được đánh giá', o.units], ['Đã nộp hồ sơ', o.submitted], ['Nộp muộn', o.late]];
    Object.keys(o.byStatus).forEach(function (s) { rows.push([s, o.byStatus[s]]); });
    rows.push(['Kiến nghị đang xử lý', o.complaintsPending]);
    el('counts').innerHTML = rows.map(function (r) { return '<tr><td>' + esc(r[0]) + '</td><td>' + r[1] + '</td></tr>'; }).join('');
    var areas = Object.keys(o.waitingByArea);
    el('waiting').textContent = areas.length ? areas.map(function (a) { return 'lĩnh vực ' + a + ': ' + o.waitingByArea[a]; })
        .join('; ') : 'Không có hồ sơ nào chờ.';
    fill('filter-block', o.files.map(function (f) { return f.block; }));
    fill('filter-status', o.files.map(function (f) { return f.statusLabel; }));
    files();
    el('year-links').innerHTML = 'Năm ' + o.year + ': <a href="/api/cycles/' + o.year + '/survey/template.xlsx">mẫu kết quả điều tra</a>, '
        + '<a href="/api/cycles/' + o.year + '/reports/ranking.xlsx?stage=PRELIMINARY">xếp hạng sơ bộ</a>, '
        + '<a href="/api/cycles/' + o.year + '/reports/ranking.xlsx?stage=FINAL">xếp hạng chính thức</a>, '
        + '<a href="/api/cycles/' + o.year + '/reports/scores.xlsx">toàn bộ điểm</a>.';
  }, failed('open-message'));
}

function fill(id, values) {
  var keep = el(id).value;
  var distinct = values.filter(function (v, i) { return values.indexOf(v) === i; }).sort();
  el(id).innerHTML = '<option value="">Tất cả</option>' + distinct.map(function (v) {
    return '<option>' + esc(v) + '</option>'; }).join('');
  el(id).value = distinct.indexOf(keep) >= 0 ? keep : '';
}

function files() {
  var block = el('filter-block').value, status = el('filter-status').value;
  el('files').innerHTML = overview.files.filter(function (f) {
    return (!block || f.block === block) && (!status || f.statusLabel === status);
  }).map(function (f) {
    return '<tr><td>' + esc(f.unitCode) + '</td><td>' + esc(f.unitName) + '</td><td>' + esc(f.block) + '</td><td>'
        + esc(f.statusLabel) + (f.late ? ' <span class="late">(muộn)</span>' : '') + '</td><td>'
        + esc((f.submittedAt || '').replace('T', ' ').substring(0, 16)) + '</td><td><a href="/api/cycles/' + overview.year
        + '/reports/scorecard/' + encodeURIComponent(f.unitCode) + '.xlsx">tải</a></td></tr>';
  }).join('');
}

el('losses-load').addEventListener('click', function () {
  Page.call('GET', '/api/cycles/' + overview.year + '/losses').then(function (losses) {
    message('losses-message', losses.length ? '' : 'Chưa có kết quả, hoặc không đơn vị nào bị mất điểm.', true);
    el('losses').innerHTML = losses.map(function (l) {
      return '<tr><td>' + esc(l.unitType) + '</td><td>' + esc(l.leafCode) + '</td><td>' + esc(l.leafTitle) + '</td><td>'
          + l.unitsLosing + ' / ' + l.unitsScored + '</td><td>' + Number(l.pointsLost).toLocaleString('vi-VN') + '</td></tr>';
    }).join('');
  }, failed('losses-message'));
});

el('filter-block').addEventListener('change', files);
el('filter-status').addEventListener('change', files);

/** The schemes a new year may choose, each titled as the table names it. */
function loadSchemes() {
  Page.call('GET', '/api/classification-schemes').then(function (schemes) {
    el('new-scheme').innerHTML = '<option value="">Mặc định</option>' + Object.keys(schemes).map(function (code) {
      return '<option value="' + esc(code) + '">' + esc(code + ' — ' + schemes[code][0].schemeTitle) + '</option>';
    }).join('');
  });
}
loadSchemes();

el('open').addEventListener('click', function () {
  var year = Number(el('new-year').value);
  Page.call('POST', '/api/cycles', { year: year, selfAssessmentDue: el('new-due').value ? el('new-due').value + ':00' : null,
      classificationScheme: el('new-scheme').value || null, referenceDate: el('new-reference').value || null,
      unrankedUnitCodes: el('new-unranked').value.split(/[,\s]+/).filter(function (c) { return c; }) })
    .then(function (opened) {
      message('open-message', 'Đã mở năm ' + opened.year + '.' + (opened.warnings.length ? ' Lưu ý: ' + opened.warnings.join(' ') : ''), true);
      loadYears(opened.year);
    }, failed('open-message'));
});

document.querySelectorAll('[data-upload]').forEach(function (button) {
  button.addEventListener('click', function () {
    var kind = button.getAttribute('data-upload');
    var url = { units: '/api/units/import', accounts: '/api/accounts/import', catalogue: '/api/catalogue',
      schemes: '/api/classification-schemes' }[kind];
    if (!el(kind + '-file').files.length) { message(kind + '-message', 'Hãy chọn tệp.'); return; }
    upload(url, kind + '-file').then(function (response) {
      if (!response.ok) {
        return response.json().then(failed(kind + '-message'));
      }
      if (kind === 'accounts') {   // the initial passwords, handed over once
        return response.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = 'mat-khau-ban-dau.xlsx';
          link.click();
          message(kind + '-message', 'Đã tạo, cập nhật tài khoản; tệp mật khẩu ban đầu đã được tải về (chỉ một lần).', true);
        });
      }
      message(kind + '-message', 'Đã nạp.', true);
      if (kind === 'schemes') { loadSchemes(); }
    });
  });
});

el('what-if').addEventListener('click', function () {
  Page.call('GET', '/api/cycles/' + el('year').value + '/what-if').then(function (rows) {
    var changed = rows.filter(function (r) {
      return r.storedIndex !== r.draftIndex || r.storedRank !== r.draftRank || r.storedClassification !== r.draftClassification;
    }).length;
    message('rescore-message', rows.length + ' đơn vị; ' + changed + ' đơn vị thay đổi nếu chấm lại.', true);
  }, failed('rescore-message'));
});

el('rescore').addEventListener('click', function () {
  Page.call('POST', '/api/cycles/' + el('year').value + '/rescore', { reason: el('rescore-reason').value })
    .then(function () { message('rescore-message', 'Đã chấm lại.', true); show(el('year').value); },
          failed('rescore-message'));
});

var accounts = [];

el('accounts-load').addEventListener('click', function () {
  Page.call('GET', '/api/accounts').then(function (list) { accounts = list; showAccounts(); },
    failed('account-message'));
});
el('account-filter').addEventListener('input', showAccounts);

function showAccounts() {
  var text = el('account-filter').value.toLowerCase();
  el('accounts').innerHTML = accounts.filter(function (a) {
    return !text || (a.login + ' ' + a.name + ' ' + a.groups.join(' ')).toLowerCase().indexOf(text) >= 0;
  }).slice(0, 200).map(function (a) {
    var appraiser = a.groups.indexOf('appraisal-team') >= 0;
    return '<tr data-login="' + esc(a.login) + '"><td>' + esc(a.login) + '</td><td>' + esc(a.name) + '</td><td>'
        + esc(a.groups.join(', ')) + '</td><td>' + (appraiser ? '<input class="areas" size="10" value="' + esc(a.areas.join(', '))
        + '"> <button class="save-areas">Lưu</button>' : '') + '</td><td>' + (a.passwordChangeRequired ? 'chưa đổi mật khẩu được cấp' : '')
        + '</td><td><button class="reset">Cấp lại mật khẩu</button> <button class="unlock">Mở khóa</button>'
        + ' <span class="result"></span></td></tr>';
  }).join('');
}

el('accounts').addEventListener('click', function (event) {
  var row = event.target.closest('tr'), login = row && row.getAttribute('data-login');
  var result = row && row.querySelector('.result');
  function refused(error) { result.className = 'result error'; result.textContent = error.message || 'Lỗi không xác định.'; }
  function done(text) { result.className = 'result ok'; result.textContent = text; }
  if (event.target.classList.contains('reset')) {
    Page.call('POST', '/api/accounts/' + encodeURIComponent(login) + '/password-reset')
      .then(function (r) { done('Mật khẩu mới (trao một lần): ' + r.password); }, refused);
  } else if (event.target.classList.contains('unlock')) {
    Page.call('POST', '/api/accounts/' + encodeURIComponent(login) + '/unlock').then(function () { done('Đã mở khóa.'); }, refused);
  } else if (event.target.classList.contains('save-areas')) {
    var areas = row.querySelector('.areas').value.split(/[,;\s]+/).filter(function (a) { return a; });
    Page.call('PUT', '/api/accounts/' + encodeURIComponent(login) + '/areas', areas)
      .then(function () { done('Đã lưu lĩnh vực.'); }, refused);
  }
});

el('emails-load').addEventListener('click', function () {
  Page.call('GET', '/api/cycles/' + el('year').value + '/emails').then(function (mails) {
    message('emails-message', mails.length ? '' : 'Chưa có thư nào (hoặc chưa cấu hình máy chủ thư).', true);
    el('emails').innerHTML = mails.map(function (m) {
      return '<tr><td>' + esc(m.recipient) + '</td><td>' + esc(m.subject) + '</td><td>' + esc((m.createdAt || '').replace('T', ' ').substring(0, 16))
          + '</td><td>' + (m.sentAt ? esc(m.sentAt.replace('T', ' ').substring(0, 16)) : 'chưa gửi (' + m.attempts + ' lần thử)')
          + '</td><td>' + esc(m.lastError || '') + '</td></tr>';
    }).join('');
  }, failed('emails-message'));
});
