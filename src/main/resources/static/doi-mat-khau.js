// doi-mat-khau.html: a user replaces the password he was handed (or any other) with his own, in the Tasklist session
var el = Page.el, node = Page.node;
var TASKLIST = '/camunda/app/tasklist/default/';

Page.call('GET', '/api/me').then(function (me) {
  el('who').textContent = 'Tài khoản: ' + me.id + (me.passwordChangeRequired
    ? ' — bạn cần đổi mật khẩu được cấp trước khi làm việc.' : '');
  el('form').hidden = false;
}, function () {
  Page.fill(el('who'), ['Hãy ', node('a', { href: TASKLIST }, 'đăng nhập'), ' rồi mở lại trang này.']);
});

el('form').addEventListener('submit', function (event) {
  event.preventDefault();
  var message = el('message');
  if (el('chosen').value !== el('again').value) {
    message.className = 'error';
    message.textContent = 'Hai lần nhập mật khẩu mới không khớp.';
    return;
  }
  Page.call('POST', '/api/me/password', { currentPassword: el('current').value, newPassword: el('chosen').value })
    .then(function () {
      message.className = 'ok';
      Page.fill(message, ['Đã đổi mật khẩu. ', node('a', { href: TASKLIST }, 'Về danh sách công việc'), '.']);
      el('form').reset();
    }, function (error) {
      message.className = 'error';
      message.textContent = error.message || 'Không đổi được mật khẩu.';
    });
});
