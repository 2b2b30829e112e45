/*
 * The phone's voting page. Plain ES2017 in one classic script (no modules, nothing from
 * elsewhere) so that a five-year-old Android Chrome and iOS Safari run it offline.
 *
 * The slip's secret arrives in the URL fragment (never sent over the network) or is typed by
 * hand. Two keys are derived from it with one AES block each: `auth`, sent to prove the slip is
 * held, and `seal`, which seals the ballot with AES-128-GCM before it leaves the phone. The
 * laptop is plain http on the hall's network, where browsers withhold crypto.subtle, so AES and
 * GCM are written out below; WebCrypto seals instead wherever the browser offers it.
 */
(function (root) {
  'use strict';

  // ---- AES-128 (FIPS 197) ----
  var SBOX = new Uint8Array(256);
  (function () {
    var rotl = function (x, s) {
      return ((x << s) | (x >>> (8 - s))) & 255;
    };
    var p = 1;
    var q = 1;
    do {
      p = (p ^ ((p << 1) & 255) ^ (p & 128 ? 0x1b : 0)) & 255;
      q ^= q << 1;
      q ^= q << 2;
      q ^= q << 4;
      q &= 255;
      if (q & 128) q ^= 0x09;
      SBOX[p] = (q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4) ^ 0x63) & 255;
    } while (p !== 1);
    SBOX[0] = 0x63;
  })();

  function xtime(b) {
    return ((b << 1) ^ (b & 128 ? 0x1b : 0)) & 255;
  }

  function expandKey(key) {
    var w = new Uint8Array(176);
    w.set(key);
    var rcon = 1;
    for (var i = 16; i < 176; i += 4) {
      var t0 = w[i - 4];
      var t1 = w[i - 3];
      var t2 = w[i - 2];
      var t3 = w[i - 1];
      if (i % 16 === 0) {
        var first = t0;
        t0 = SBOX[t1] ^ rcon;
        t1 = SBOX[t2];
        t2 = SBOX[t3];
        t3 = SBOX[first];
        rcon = xtime(rcon);
      }
      w[i] = w[i - 16] ^ t0;
      w[i + 1] = w[i - 15] ^ t1;
      w[i + 2] = w[i - 14] ^ t2;
      w[i + 3] = w[i - 13] ^ t3;
    }
    return w;
  }

  function encryptBlock(w, input) {
    var s = new Uint8Array(16);
    var t = new Uint8Array(16);
    var i;
    for (i = 0; i < 16; i++) s[i] = input[i] ^ w[i];
    for (var round = 1; round <= 10; round++) {
      for (var c = 0; c < 4; c++) {
        for (var r = 0; r < 4; r++) t[c * 4 + r] = SBOX[s[((c + r) % 4) * 4 + r]];
      }
      if (round < 10) {
        for (c = 0; c < 4; c++) {
          var a0 = t[c * 4];
          var a1 = t[c * 4 + 1];
          var a2 = t[c * 4 + 2];
          var a3 = t[c * 4 + 3];
          var all = a0 ^ a1 ^ a2 ^ a3;
          t[c * 4] = a0 ^ all ^ xtime(a0 ^ a1);
          t[c * 4 + 1] = a1 ^ all ^ xtime(a1 ^ a2);
          t[c * 4 + 2] = a2 ^ all ^ xtime(a2 ^ a3);
          t[c * 4 + 3] = a3 ^ all ^ xtime(a3 ^ a0);
        }
      }
      for (i = 0; i < 16; i++) s[i] = t[i] ^ w[round * 16 + i];
    }
    return s;
  }

  // ---- GCM (NIST SP 800-38D), 96-bit IV, no additional data ----
  function gmul(x, y) {
    var z = new Uint8Array(16);
    var v = new Uint8Array(y);
    for (var i = 0; i < 128; i++) {
      var j;
      if (x[i >> 3] & (128 >> (i & 7))) for (j = 0; j < 16; j++) z[j] ^= v[j];
      var lsb = v[15] & 1;
      for (j = 15; j > 0; j--) v[j] = (v[j] >>> 1) | ((v[j - 1] & 1) << 7);
      v[0] >>>= 1;
      if (lsb) v[0] ^= 0xe1;
    }
    return z;
  }

  function gcmSeal(key, iv, plain) {
    var w = expandKey(key);
    var h = encryptBlock(w, new Uint8Array(16));
    var j0 = new Uint8Array(16);
    j0.set(iv);
    j0[15] = 1;
    var out = new Uint8Array(plain.length + 16);
    var counter = new Uint8Array(j0);
    var x = new Uint8Array(16);
    var i;
    for (var offset = 0; offset < plain.length; offset += 16) {
      for (i = 15; i >= 12; i--) {
        counter[i] = (counter[i] + 1) & 255;
        if (counter[i] !== 0) break;
      }
      var stream = encryptBlock(w, counter);
      var end = Math.min(16, plain.length - offset);
      for (i = 0; i < end; i++) {
        out[offset + i] = plain[offset + i] ^ stream[i];
        x[i] ^= out[offset + i];
      }
      x = gmul(x, h);
    }
    var lengths = new Uint8Array(16);
    var bits = plain.length * 8;
    for (i = 0; i < 4; i++) lengths[15 - i] = (bits >>> (8 * i)) & 255;
    for (i = 0; i < 16; i++) x[i] ^= lengths[i];
    x = gmul(x, h);
    var mask = encryptBlock(w, j0);
    for (i = 0; i < 16; i++) out[plain.length + i] = x[i] ^ mask[i];
    return out;
  }

  // ---- the slip's secret ----
  var ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  function decodeCode(typed) {
    var clean = String(typed).toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    if (clean.length !== 26) return null;
    var out = [];
    var value = 0;
    var bits = 0;
    for (var i = 0; i < clean.length; i++) {
      var digit = ALPHABET.indexOf(clean[i]);
      if (digit < 0) return null;
      value = (value << 5) | digit;
      bits += 5;
      if (bits >= 8) {
        out.push((value >>> (bits - 8)) & 255);
        bits -= 8;
      }
      value &= (1 << bits) - 1;
    }
    return out.length === 16 ? new Uint8Array(out) : null;
  }

  function ascii(text) {
    var out = new Uint8Array(16);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }

  function hex(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  }

  function slipKeys(secret) {
    var w = expandKey(secret);
    return {
      auth: hex(encryptBlock(w, ascii('hoi-nghi:auth'))),
      seal: encryptBlock(w, ascii('hoi-nghi:seal')),
    };
  }

  function utf8(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 127);
    return new Uint8Array(bytes);
  }

  /** Seals the marks ("a", "d", "-" per nominee); WebCrypto where the page is a secure context. */
  function seal(sealKey, marks) {
    var iv = new Uint8Array(12);
    root.crypto.getRandomValues(iv);
    var plain = utf8(marks);
    var subtle = root.isSecureContext && root.crypto && root.crypto.subtle;
    if (!subtle) return Promise.resolve({ iv: hex(iv), c: hex(gcmSeal(sealKey, iv, plain)) });
    return subtle
      .importKey('raw', sealKey, { name: 'AES-GCM' }, false, ['encrypt'])
      .then(function (key) {
        return subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, plain);
      })
      .then(function (sealed) {
        return { iv: hex(iv), c: hex(new Uint8Array(sealed)) };
      });
  }

  var api = { decodeCode: decodeCode, slipKeys: slipKeys, gcmSeal: gcmSeal, hex: hex };
  if (typeof document === 'undefined') {
    // Loaded by a test outside a browser: only the sealing is wanted.
    root.phieuCrypto = api;
    return;
  }

  // ---- the page ----
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
    root.scrollTo(0, 0);
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
      root.localStorage.setItem(pendingKey(), JSON.stringify(sealed));
    } catch (e) {
      // Private browsing: a resend after a reload is then impossible, a resend without one still works.
    }
  }

  function pending() {
    try {
      var saved = root.localStorage.getItem(pendingKey());
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
    var y = root.scrollY;
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
    root.scrollTo(0, y);
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
    seal(state.keys.seal, state.marks.join('')).then(function (sealed) {
      remember(sealed);
      send(sealed);
    });
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
    var code = root.location.hash.replace(/^#/, '');
    if (!code) return false;
    // The secret leaves the address bar, so it is not shown over a shoulder or kept in history.
    root.history.replaceState(null, '', root.location.pathname);
    start(code);
    return true;
  }

  // Another slip scanned while this page is open changes only the fragment: no reload.
  root.addEventListener('hashchange', fromAddress);
  if (!fromAddress()) askForCode('');
})(this);
