// thuong-truc.html: the standing body's workspace — a year's progress, its units' files, and the uploads and
// downloads of units, accounts, catalogue and reports, each showing its errors in place
var el = Page.el, node = Page.node;
var overview = null;

/** A result beside the control that caused it; a refused file's problems one per line, by row and column. */
function message(id, text, ok, details) {
  var target = el(id);
  target.className = ok ? 'ok' : 'error';
  Page.fill(target, [text, details && details.length
    ? node('ul', { 'class': 'problems' }, details.map(function (detail) { return node('li', {}, detail); })) : null]);
}

function failed(id) {
  return function (error) { message(id, error.message || 'Lỗi không xác định.', false, error.details); };
}

function upload(url, input) {
  var form = new FormData();
  form.append('file', el(input).files[0]);
  return Page.call('POST', url, form);
}

/** What a good file loaded: the import's or the draft's own sentence. */
function loaded(answer) {
  return answer && answer.message ? answer.message : 'Đã nạp.';
}

/** What an import of source figures did to the months stored and to the units' leaves. */
function prefilled(r) {
  return 'Đã nạp ' + r.rows + ' dòng (' + r.monthsChanged + ' tháng mới hoặc thay đổi): ' + r.leavesOffered
    + ' tiêu chí được điền sẵn, ' + r.leavesUnchanged + ' không đổi, ' + r.leavesFlagged + ' đơn vị đã xác nhận nên chỉ được đánh dấu cần xem lại'
    + (r.leavesWithoutDenominator ? ', ' + r.leavesWithoutDenominator + ' chưa có mẫu số (để đơn vị tự nhập)' : '') + '.';
}

function signIn() {
  Page.fill(el('who'), ['Hãy ', node('a', { href: '/camunda/app/tasklist/default/' }, 'đăng nhập'), ' rồi mở lại trang này.']);
}

/** A table row of the given cells: a string or node each, or a list of them. */
function row(cells, attributes) {
  return node('tr', attributes || {}, cells.map(function (cell) { return node('td', {}, cell); }));
}

function link(href, text) {
  return node('a', { href: href }, text);
}

/** A duration as the API writes it (ISO-8601 such as "PT72H", or seconds) in days, for a number input. */
function days(duration) {
  if (typeof duration === 'number') { return duration / 86400; }
  var p = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(duration || '') || [];
  return Number(p[1] || 0) + (Number(p[2] || 0) + (Number(p[3] || 0) + Number(p[4] || 0) / 60) / 60) / 24;
}

/** Days typed in a number input as an ISO-8601 duration (whole hours), or null when empty. */
function duration(input) {
  return el(input).value === '' ? null : 'PT' + Math.round(Number(el(input).value) * 24) + 'H';
}

function daysText(duration) {
  return Math.round(days(duration) * 100) / 100 + ' ngày';
}

/** A datetime-local input's value for the API, or null when empty. */
function moment(input) {
  return el(input).value ? el(input).value.substring(0, 16) + ':00' : null;
}

Page.call('GET', '/api/me').then(function (me) {
  if (me.groups.indexOf('standing-body') < 0 && me.groups.indexOf('camunda-admin') < 0) {
    el('who').textContent = 'Trang này dành cho cơ quan thường trực.';
    return;
  }
  el('who').textContent = 'Tài khoản: ' + me.id;
  el('workspace').hidden = false;
  loadYears();
  propose();
}, signIn);

function loadYears(selected) {
  Page.call('GET', '/api/cycles').then(function (cycles) {
    var years = cycles.map(function (c) { return c.year; }).sort().reverse();
    Page.fill(el('year'), years.map(function (y) { return node('option', {}, y); }));
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
    el('overview-phase').textContent = o.phase + '. Hạn nộp hồ sơ: ' + Page.when(o.selfAssessmentDue)
        + (o.complaintWindowEnds ? '. Hết hạn kiến nghị: ' + Page.when(o.complaintWindowEnds) : '') + '.';
    var rows = [['Đơn vị được đánh giá', o.units], ['Đã nộp hồ sơ', o.submitted], ['Nộp muộn', o.late]];
    Object.keys(o.byStatus).forEach(function (s) { rows.push([s, o.byStatus[s]]); });
    rows.push(['Kiến nghị đang xử lý', o.complaintsPending]);
    Page.fill(el('counts'), rows.map(function (r) { return row(r); }));
    var areas = Object.keys(o.waitingByArea);
    el('waiting').textContent = areas.length ? areas.map(function (a) { return 'lĩnh vực ' + a + ': ' + o.waitingByArea[a]; })
        .join('; ') : 'Không có hồ sơ nào chờ.';
    fill('filter-block', o.files.map(function (f) { return f.block; }));
    fill('filter-status', o.files.map(function (f) { return f.statusLabel; }));
    files();
    loadWindows(o.year);
    var cycle = '/api/cycles/' + o.year;
    Page.fill(el('year-links'), ['Năm ' + o.year + ': ', link(cycle + '/survey/template.xlsx', 'mẫu kết quả điều tra'), ', ',
      link(cycle + '/reports/ranking.xlsx?stage=PRELIMINARY', 'xếp hạng sơ bộ'), ', ',
      link(cycle + '/reports/ranking.xlsx?stage=FINAL', 'xếp hạng chính thức'), ', ', link(cycle + '/reports/scores.xlsx', 'toàn bộ điểm'), ', ',
      link(cycle + '/source-figures/template.xlsx', 'mẫu số liệu dịch vụ công'), '.']);
  }, failed('open-message'));
}

function fill(id, values) {
  var keep = el(id).value;
  var distinct = values.filter(function (v, i) { return values.indexOf(v) === i; }).sort();
  Page.fill(el(id), [node('option', { value: '' }, 'Tất cả')].concat(distinct.map(function (v) { return node('option', {}, v); })));
  el(id).value = distinct.indexOf(keep) >= 0 ? keep : '';
}

function files() {
  var block = el('filter-block').value, status = el('filter-status').value;
  Page.rows(el('files'), overview.files.filter(function (f) {
    return (!block || f.block === block) && (!status || f.statusLabel === status);
  }).map(function (f) {
    return row([f.unitCode, f.unitName, f.block, [f.statusLabel, f.late ? ' ' : null, f.late ? node('span', { 'class': 'late' }, '(muộn)') : null],
      Page.when(f.submittedAt), link('/api/cycles/' + overview.year + '/reports/scorecard/' + encodeURIComponent(f.unitCode) + '.xlsx', 'tải')]);
  }));
}

el('losses-load').addEventListener('click', function () {
  Page.call('GET', '/api/cycles/' + overview.year + '/losses').then(function (losses) {
    message('losses-message', losses.length ? '' : 'Chưa có kết quả, hoặc không đơn vị nào bị mất điểm.', true);
    Page.rows(el('losses'), losses.map(function (l) {
      return row([l.unitType, l.leafCode, l.leafTitle, l.unitsLosing + ' / ' + l.unitsScored, Number(l.pointsLost).toLocaleString('vi-VN')]);
    }));
  }, failed('losses-message'));
});

var windows = null;

/** The year's windows, what waits in each, and the change form filled with their current values. */
function loadWindows(year) {
  Page.call('GET', '/api/cycles/' + year + '/windows').then(function (w) {
    windows = w;
    Page.rows(el('windows'), [
      row(['Hạn nộp hồ sơ tự đánh giá', Page.when(w.selfAssessmentDue), w.unitsSelfAssessing + ' đơn vị chưa nộp hồ sơ']),
      row(['Nhắc việc', daysText(w.reminderBefore) + ' trước hạn nộp (lúc ' + Page.when(w.reminderAt) + ')', '']),
      row(['Thời hạn giải trình', daysText(w.explanationPeriod) + ' kể từ khi tổ thẩm định đề nghị',
        w.explanationsAwaited + ' đơn vị đang giải trình']),
      row(['Thời hạn kiến nghị', w.complaintWindowStarted ? 'đến ' + Page.when(w.complaintWindowEnds)
        : daysText(w.complaintWindow) + ' kể từ khi công bố kết quả sơ bộ', w.complaintsAwaitingDecision + ' kiến nghị chờ quyết định'])]);
    el('w-due').value = w.selfAssessmentDue.substring(0, 16);
    el('w-reminder').value = days(w.reminderBefore);
    el('w-explanation').value = days(w.explanationPeriod);
    el('w-complaint').value = days(w.complaintWindow);
    el('w-complaint-ends').value = (w.complaintWindowEnds || '').substring(0, 16);
    el('w-complaint-length').hidden = w.complaintWindowStarted;
    el('w-complaint-end').hidden = !w.complaintWindowStarted;
    el('w-close-complaints').hidden = !w.complaintWindowStarted;
  }, failed('w-message'));
}

/** Sends only the windows whose value was changed in the form. */
function changeWindows(change) {
  change.reason = el('w-reason').value;
  Page.call('PUT', '/api/cycles/' + windows.year + '/windows', change).then(function () {
    message('w-message', 'Đã lưu thay đổi thời hạn.', true);
    show(windows.year);
  }, failed('w-message'));
}

el('w-save').addEventListener('click', function () {
  var change = {};
  if (el('w-due').value !== windows.selfAssessmentDue.substring(0, 16)) { change.selfAssessmentDue = moment('w-due'); }
  [['w-reminder', 'reminderBefore'], ['w-explanation', 'explanationPeriod'], ['w-complaint', 'complaintWindow']]
    .forEach(function (f) {
      if (Number(el(f[0]).value) !== days(windows[f[1]])) { change[f[1]] = duration(f[0]); }
    });
  if (windows.complaintWindowStarted && el('w-complaint-ends').value !== (windows.complaintWindowEnds || '').substring(0, 16)) {
    change.complaintWindowEnds = moment('w-complaint-ends');
  }
  changeWindows(change);
});

// the API closes the window now for any moment already past: the server's clock decides, not the browser's
el('w-close-complaints').addEventListener('click', function () {
  changeWindows({ complaintWindowEnds: '2000-01-01T00:00:00' });
});

el('filter-block').addEventListener('change', files);
el('filter-status').addEventListener('change', files);

/** The schemes a new year may choose, each titled as the table names it. */
function loadSchemes() {
  Page.call('GET', '/api/classification-schemes').then(function (schemes) {
    Page.fill(el('new-scheme'), [node('option', { value: '' }, 'Mặc định')].concat(Object.keys(schemes).map(function (code) {
      return node('option', { value: code }, code + ' — ' + schemes[code][0].schemeTitle);
    })));
  });
}
loadSchemes();

/** The opening form starts from the next year not yet opened, a due date a month or more ahead and the defaults. */
function propose() {
  Page.call('GET', '/api/cycles/proposal').then(function (p) {
    el('new-year').value = p.year || '';
    el('new-due').value = (p.selfAssessmentDue || '').substring(0, 16);
    el('new-reminder').value = days(p.reminderBefore);
    el('new-explanation').value = days(p.explanationPeriod);
    el('new-complaint').value = days(p.complaintWindow);
  });
}

el('open').addEventListener('click', function () {
  var year = Number(el('new-year').value);
  Page.call('POST', '/api/cycles', { year: year, selfAssessmentDue: moment('new-due'),
      reminderBefore: duration('new-reminder'), explanationPeriod: duration('new-explanation'),
      complaintWindow: duration('new-complaint'),
      classificationScheme: el('new-scheme').value || null, referenceDate: el('new-reference').value || null,
      unrankedUnitCodes: el('new-unranked').value.split(/[,\s]+/).filter(function (c) { return c; }) })
    .then(function (opened) {
      message('open-message', 'Đã mở năm ' + opened.year + '.' + (opened.warnings.length ? ' Lưu ý: ' + opened.warnings.join(' ') : ''), true);
      loadYears(opened.year);
      propose();
    }, failed('open-message'));
});

document.querySelectorAll('[data-upload]').forEach(function (button) {
  button.addEventListener('click', function () {
    var kind = button.getAttribute('data-upload');
    var url = { units: '/api/units/import', accounts: '/api/accounts/import', catalogue: '/api/catalogue',
      schemes: '/api/classification-schemes', sources: '/api/cycles/' + el('year').value + '/source-figures/import' }[kind];
    if (!el(kind + '-file').files.length) { message(kind + '-message', 'Hãy chọn tệp.'); return; }
    upload(url, kind + '-file').then(function (answer) {
      if (kind === 'accounts') {   // the initial passwords, handed over once
        node('a', { href: URL.createObjectURL(answer.file), download: 'mat-khau-ban-dau.xlsx' }).click();
        var created = Number(answer.headers.get('Accounts-Created')), updated = Number(answer.headers.get('Accounts-Updated'));
        message(kind + '-message', 'Đã nạp ' + (created + updated) + ' tài khoản: ' + created + ' mới, ' + updated
          + ' cập nhật; tệp mật khẩu ban đầu đã được tải về (chỉ một lần).', true);
        return;
      }
      message(kind + '-message', kind === 'sources' ? prefilled(answer) : loaded(answer), true);
      if (answer.ruleSet) { loadRuleSets(); }
    }, failed(kind + '-message'));
  });
});

el('what-if').addEventListener('click', function () { compare(null, 'rescore-message'); });

/**
 * Re-scores the chosen year with the rules in force or a draft (storing nothing) and lists every unit whose index,
 * band or rank would change, before → after.
 */
function compare(ruleSet, messageId) {
  var year = el('year').value;
  Page.call('GET', '/api/cycles/' + year + '/what-if' + (ruleSet ? '?ruleSet=' + ruleSet : '')).then(function (rows) {
    var changed = rows.filter(function (r) {
      return r.storedIndex !== r.draftIndex || r.storedRank !== r.draftRank || r.storedClassification !== r.draftClassification;
    });
    message(messageId, rows.length + ' đơn vị; ' + changed.length + ' đơn vị thay đổi nếu chấm lại.', true);
    el('what-if-caption').textContent = 'Năm ' + year + ' chấm lại bằng ' + (ruleSet ? 'bản nháp số ' + ruleSet : 'bộ luật đang áp dụng')
        + ': ' + changed.length + ' đơn vị thay đổi (trước → sau)';
    Page.rows(el('what-if-rows'), changed.map(function (r) {
      return row([r.unitName, r.rankingBlock, change(r.storedIndex, r.draftIndex),
        change(r.storedClassification, r.draftClassification), change(r.storedRank, r.draftRank)]);
    }));
    el('what-if-table').hidden = false;
  }, failed(messageId));
}

function change(before, after) {
  var shown = function (v) { return v === null || v === undefined ? '—' : String(v).replace('.', ','); };
  return before === after ? shown(after) : shown(before) + ' → ' + shown(after);
}

var STATES = { DRAFT: 'Bản nháp', ADOPTED: 'Đang áp dụng', RETIRED: 'Đã thay thế' };

function loadRuleSets() {
  Promise.all([Page.call('GET', '/api/rule-sets'), Page.call('GET', '/api/cycles')]).then(function (answers) {
    var versions = answers[0], cycles = answers[1];
    function yearsOf(version) {
      return cycles.filter(function (c) { return c.ruleSetVersion === version; }).map(function (c) { return c.year; })
        .sort().join(', ');
    }
    Page.rows(el('rule-sets'), versions.map(function (v) {
      return row([String(v.id), STATES[v.state], v.note + (v.baseId ? ' (từ phiên bản ' + v.baseId + ')' : ''),
        v.createdBy + ', ' + Page.when(v.createdAt), v.adoptedBy ? v.adoptedBy + ', ' + Page.when(v.adoptedAt) : '',
        yearsOf(v.id),
        v.state === 'DRAFT' ? [node('button', { 'class': 'compare' }, 'So sánh với năm đang chọn'), ' ',
          node('button', { 'class': 'adopt' }, 'Áp dụng'), ' ', node('button', { 'class': 'discard' }, 'Hủy')] : ''],
        { 'data-rule-set': v.id });
    }));
  }, failed('rule-sets-message'));
}
el('rule-sets-load').addEventListener('click', loadRuleSets);

el('rule-sets').addEventListener('click', function (event) {
  var id = event.target.closest('tr') && event.target.closest('tr').getAttribute('data-rule-set');
  if (event.target.classList.contains('compare')) {
    compare(id, 'rule-sets-message');
  } else if (event.target.classList.contains('adopt')) {
    Page.call('POST', '/api/rule-sets/' + id + '/adoption').then(function () {
      message('rule-sets-message', 'Đã áp dụng phiên bản ' + id + ' cho mọi máy chủ; năm mở từ nay dùng bộ luật này.', true);
      loadRuleSets();
      loadSchemes();
    }, failed('rule-sets-message'));
  } else if (event.target.classList.contains('discard')) {
    Page.call('DELETE', '/api/rule-sets/' + id).then(function () {
      message('rule-sets-message', 'Đã hủy bản nháp số ' + id + '.', true);
      loadRuleSets();
    }, failed('rule-sets-message'));
  }
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
  Page.rows(el('accounts'), accounts.filter(function (a) {
    return !text || (a.login + ' ' + a.name + ' ' + a.groups.join(' ')).toLowerCase().indexOf(text) >= 0;
  }).slice(0, 200).map(function (a) {
    var appraiser = a.groups.indexOf('appraisal-team') >= 0;
    return row([a.login, a.name, a.groups.join(', '),
      appraiser ? [node('input', { 'class': 'areas', size: 10, value: a.areas.join(', '), 'aria-label': 'Lĩnh vực thẩm định của ' + a.login }),
        ' ', node('button', { 'class': 'save-areas' }, 'Lưu')] : '',
      a.passwordChangeRequired ? 'chưa đổi mật khẩu được cấp' : '',
      [node('button', { 'class': 'reset' }, 'Cấp lại mật khẩu'), ' ', node('button', { 'class': 'unlock' }, 'Mở khóa'), ' ',
        node('span', { 'class': 'result' })]], { 'data-login': a.login });
  }));
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
    Page.rows(el('emails'), mails.map(function (m) {
      return row([m.recipient, m.subject, Page.when(m.createdAt), m.sentAt ? Page.when(m.sentAt) : 'chưa gửi (' + m.attempts + ' lần thử)',
        m.lastError || '']);
    }));
  }, failed('emails-message'));
});
