/*
 * The phone's voting page: an ES module (Chrome 61+, Safari 11+; the sealing it imports sets the
 * floor at Chrome 67, Safari 14), plain ES2017 otherwise, run offline from the laptop. The slip's
 * code and the sealing are in phieu-seal.js.
 */
import { decodeCode, seal, slipKeys } from './phieu-seal.js';

var app = document.getElementById('app');
var state = { keys: null, ballot: null, marks: [], label: '' };

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (key) {
    if (key === 'text') node.textContent = attrs[key];
    else if (key === 'onclick') node.addEventListener('click', attrs[key]);
    else node.setAttribute(key, attrs[key]);
  });
  (children || []).forEach(function (child) {
    if (child) node.appendChild(child);
  });
  return node;
}

function show(nodes) {
  while (app.firstChild) app.removeChild(app.firstChild);
  nodes.forEach(function (node) {
    if (node) app.appendChild(node);
  });
  window.scrollTo(0, 0);
}

function post(path, body) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store',
  }).then(function (res) {
    return res.json().then(function (json) {
      return { status: res.status, body: json };
    });
  });
}

function message(text, kind) {
  return el('p', { class: kind || 'error', role: kind === 'notice' ? 'status' : 'alert', text: text });
}

function pendingKey() {
  return 'phieu-' + state.keys.auth;
}

function remember(sealed) {
  try {
    window.localStorage.setItem(pendingKey(), JSON.stringify(sealed));
  } catch (e) {
    // Private browsing: a resend after a reload is then impossible, a resend without one still works.
  }
}

function pending() {
  try {
    var saved = window.localStorage.getItem(pendingKey());
    return saved ? JSON.parse(saved) : null;
  } catch (e) {
    return null;
  }
}

function askForCode(error) {
  var input = el('input', {
    id: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    placeholder: 'VD: 7GQ2K-9XM4T-…',
  });
  show([
    el('h1', { text: 'Phiếu bầu điện tử' }),
    el('p', { text: 'Quét mã QR trên phiếu, hoặc nhập mã in trên phiếu (26 ký tự):' }),
    el('label', { for: 'code', text: 'Mã phiếu' }),
    input,
    error ? message(error) : null,
    el('button', {
      class: 'primary',
      text: 'Mở phiếu',
      onclick: function () {
        start(input.value);
      },
    }),
  ]);
}

function start(code) {
  var secret = decodeCode(code);
  if (!secret) return askForCode('Mã phiếu phải có 26 ký tự (chữ và số) như in trên phiếu.');
  state.keys = slipKeys(secret);
  var saved = pending();
  if (saved) return send(saved);
  post('/api/phieu', { a: state.keys.auth })
    .then(function (answer) {
      if (answer.status === 200) {
        state.ballot = answer.body.ballot;
        state.label = answer.body.label;
        state.marks = [];
        state.ballot.sections.forEach(function (section) {
          section.nominees.forEach(function () {
            state.marks.push('-');
          });
        });
        return showBallot();
      }
      if (answer.status === 403) return askForCode(answer.body.message);
      show([el('h1', { text: 'Phiếu bầu điện tử' }), message(answer.body.message)]);
    })
    .catch(function () {
      show([
        el('h1', { text: 'Phiếu bầu điện tử' }),
        message('Không kết nối được với máy của Ban tổ chức. Hãy kiểm tra Wi-Fi của hội trường.'),
        el('button', {
          class: 'primary',
          text: 'Thử lại',
          onclick: function () {
            start(code);
          },
        }),
      ]);
    });
}

function agreed() {
  return state.marks.filter(function (m) {
    return m === 'a';
  }).length;
}

function quotaProblem() {
  var quota = state.ballot.quota;
  if (quota === null || agreed() <= quota) return null;
  return 'Anh/chị đồng ý ' + agreed() + ' người, quá số lượng được bầu (' + quota + '). Hãy bỏ bớt.';
}

function eachNominee(fn) {
  var index = 0;
  return state.ballot.sections.map(function (section) {
    return [
      section,
      section.nominees.map(function (nominee) {
        return fn(nominee, index++);
      }),
    ];
  });
}

function choice(index, mark, text) {
  return el('button', {
    class: mark === 'a' ? 'agree' : 'disagree',
    'aria-pressed': state.marks[index] === mark ? 'true' : 'false',
    text: text,
    onclick: function () {
      state.marks[index] = state.marks[index] === mark ? '-' : mark;
      showBallot();
    },
  });
}

function heading() {
  return [
    el('h1', { text: state.ballot.title }),
    state.ballot.memberName ? el('p', { text: 'Phiếu của: ' + state.ballot.memberName }) : null,
    state.ballot.quota !== null
      ? el('p', { class: 'notice', text: 'Đồng ý tối đa ' + state.ballot.quota + ' người.' })
      : null,
  ];
}

function showBallot() {
  var y = window.scrollY;
  var nodes = heading();
  eachNominee(function (nominee, index) {
    return el('div', { class: 'nominee' }, [
      el('div', { class: 'name', text: index + 1 + '. ' + nominee.name }),
      nominee.unit ? el('div', { class: 'unit', text: nominee.unit }) : null,
      el('div', { class: 'choices', role: 'group', 'aria-label': nominee.name }, [
        choice(index, 'a', 'Đồng ý'),
        choice(index, 'd', 'Không đồng ý'),
      ]),
    ]);
  }).forEach(function (pair) {
    nodes.push(el('h2', { text: pair[0].title }));
    nodes = nodes.concat(pair[1]);
  });
  var problem = quotaProblem();
  nodes.push(problem ? message(problem) : null);
  nodes.push(el('button', { class: 'primary', text: 'Xem lại phiếu', onclick: showReview }));
  show(nodes);
  window.scrollTo(0, y);
}

function showReview() {
  var words = { a: 'Đồng ý', d: 'Không đồng ý', '-': 'Không đánh dấu' };
  var nodes = heading();
  nodes.push(el('p', { text: 'Hãy kiểm tra lại trước khi gửi. Đã gửi thì không sửa được.' }));
  eachNominee(function (nominee, index) {
    return el('p', { class: 'nominee' }, [
      el('span', { class: 'name', text: index + 1 + '. ' + nominee.name + ': ' }),
      el('span', { text: words[state.marks[index]] }),
    ]);
  }).forEach(function (pair) {
    nodes.push(el('h2', { text: pair[0].title }));
    nodes = nodes.concat(pair[1]);
  });
  var problem = quotaProblem();
  if (problem) nodes.push(message(problem));
  else nodes.push(el('button', { class: 'primary', text: 'Gửi phiếu', onclick: submit }));
  nodes.push(el('button', { class: 'secondary', text: 'Sửa lại', onclick: showBallot }));
  show(nodes);
}

function submit() {
  var sealed = seal(state.keys.seal, state.marks.join(''));
  remember(sealed);
  send(sealed);
}

function send(sealed) {
  show([el('h1', { text: 'Phiếu bầu điện tử' }), el('p', { text: 'Đang gửi phiếu…' })]);
  post('/api/gui', { a: state.keys.auth, iv: sealed.iv, c: sealed.c })
    .then(function (answer) {
      if (answer.status === 200) {
        var receipt = String(answer.body.receipt);
        return show([
          el('h1', { text: 'Đã ghi nhận phiếu' }),
          el('div', { class: 'receipt', role: 'status' }, [
            el('p', { text: 'Phiếu của anh/chị đã được ghi nhận lúc ' + answer.body.at + '.' }),
            el('p', { text: 'Mã xác nhận:' }),
            el('p', { class: 'code', text: receipt.slice(0, 3) + '-' + receipt.slice(3) }),
          ]),
          el('p', { text: 'Anh/chị có thể đóng trang này.' }),
        ]);
      }
      show([el('h1', { text: 'Phiếu bầu điện tử' }), message(answer.body.message)]);
    })
    .catch(function () {
      // The answer was lost, not necessarily the ballot: the same sealed ballot is sent again,
      // and the laptop answers a resend with the receipt it already gave.
      show([
        el('h1', { text: 'Phiếu bầu điện tử' }),
        message('Mất kết nối khi gửi. Phiếu có thể đã tới; gửi lại không tính thành hai phiếu.'),
        el('button', {
          class: 'primary',
          text: 'Gửi lại',
          onclick: function () {
            send(sealed);
          },
        }),
      ]);
    });
}

function fromAddress() {
  var code = window.location.hash.replace(/^#/, '');
  if (!code) return false;
  // The secret leaves the address bar, so it is not shown over a shoulder or kept in history.
  window.history.replaceState(null, '', window.location.pathname);
  start(code);
  return true;
}

/** A browser too old for the sealing (no BigInt: Safari before 14) says so before a ballot is marked. */
function canSeal() {
  try {
    seal(new Uint8Array(16), '-');
    return true;
  } catch (e) {
    return false;
  }
}

if (canSeal()) {
  // Another slip scanned while this page is open changes only the fragment: no reload.
  window.addEventListener('hashchange', fromAddress);
  if (!fromAddress()) askForCode('');
} else {
  window.history.replaceState(null, '', window.location.pathname);
  show([
    el('h1', { text: 'Phiếu bầu điện tử' }),
    message(
      'Trình duyệt trên điện thoại này quá cũ để bỏ phiếu điện tử (cần Chrome 67 hoặc Safari 14 trở lên). ' +
        'Hãy cập nhật trình duyệt, dùng điện thoại khác hoặc bỏ phiếu giấy.',
    ),
  ]);
}
