// kien-nghi.html: a unit's complaints (kiến nghị) and their decisions
var STATUS = { PENDING: 'Đang xử lý', INELIGIBLE: 'Không thụ lý', ACCEPTED: 'Được chấp nhận', REJECTED: 'Không được chấp nhận' };
var el = Page.el, node = Page.node, call = Page.call;
var unit = null, year = null;

function showComplaints() {
  call('GET', '/api/cycles/' + year + '/complaints').then(function (list) {
    Page.rows(el('complaints'), list.map(function (c) {
      return node('tr', {}, [c.id, c.leafCode, c.reason, STATUS[c.status],
        (c.decisionReason || '') + (c.newPoints != null ? ' (điểm mới: ' + c.newPoints + ')' : '')].map(function (text) {
        return node('td', {}, text);
      }));
    }));
  });
}

function firstWithFile(candidates) {
  if (!candidates.length) { return Promise.reject({ message: 'Đơn vị chưa có hồ sơ đánh giá năm nào.' }); }
  return call('GET', '/api/cycles/' + candidates[0].year + '/assessments/' + encodeURIComponent(unit))
    .then(function (view) { return { cycle: candidates[0], view: view }; })
    .catch(function () { return firstWithFile(candidates.slice(1)); });
}

call('GET', '/api/me').then(function (me) {
  unit = me.unitCode;
  if (!unit) { throw { message: 'Tài khoản này không thuộc đơn vị được đánh giá.' }; }
  return call('GET', '/api/cycles');
}).then(function (cycles) {
  // the newest year with a file of this unit, years in their complaint window first
  var inWindow = function (c) { return c.phase === 'PRELIMINARY_PUBLISHED'; };
  return firstWithFile(cycles.filter(inWindow).concat(cycles.filter(function (c) { return !inWindow(c); })));
}).then(function (found) {
  var open = found.cycle;
  year = open.year;
  el('who').textContent = 'Đơn vị ' + unit + ' — năm ' + year + (open.phase === 'PRELIMINARY_PUBLISHED'
    ? ' — hạn gửi kiến nghị: ' + Page.when(open.complaintWindowEnds) : ' — hiện không trong thời hạn tiếp nhận kiến nghị');
  el('form').hidden = open.phase !== 'PRELIMINARY_PUBLISHED';
  showComplaints();
  return found.view;
}).then(function (view) {
  Page.fill(el('leaf'), view.leaves.map(function (l) {
    var points = l.points.RESULT != null ? l.points.RESULT : '';
    return node('option', { value: l.code }, l.code + ' — ' + l.title + ' (' + points + '/' + l.maxPoints + ')');
  }));
}).catch(function (e) {
  Page.fill(el('who'), [node('span', { 'class': 'error' }, e.message || 'Không tải được dữ liệu.'), ' ',
    node('a', { href: '/camunda/app/tasklist/' }, 'Đăng nhập')]);
});

/** The complaint and its files in one request: checked as a whole, the files kept only if the complaint is taken up. */
function complaintForm() {
  var form = new FormData();
  form.append('unitCode', unit);
  form.append('leafCode', el('leaf').value);
  form.append('reason', el('reason').value);
  Array.prototype.forEach.call(el('files').files, function (file) { form.append('files', file); });
  return form;
}

el('send').addEventListener('click', function () {
  if (!el('reason').value.trim()) {  // checked before the files go up (the server checks it again)
    el('message').className = 'error';
    el('message').textContent = 'Hãy nhập nội dung kiến nghị.';
    return;
  }
  call('POST', '/api/cycles/' + year + '/complaints', complaintForm())
    .then(function (c) {
      el('message').className = c.status === 'INELIGIBLE' ? 'error' : 'ok';
      el('message').textContent = 'Kiến nghị số ' + c.id + ': ' + STATUS[c.status] + (c.decisionReason ? ' — ' + c.decisionReason : '');
      showComplaints();
    })
    .catch(function (e) { el('message').className = 'error'; el('message').textContent = e.message; });
});
