import { createServer as createTcpServer, connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/shared/api/contract';
import { MAX_BODY_BYTES } from '../../src/main/voting/lan/listener';
import { call, callError, useCores, useTempDir } from '../helpers';
import { freePort, http, nth, phone, slipsFor, statusOfRawPath, votingPoll } from './seed';

const refused = (url: string) =>
  http(url).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
  );

describe('electronic voting: the phones’ listener', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function opened() {
    const core = await openCore({ dataDir: dir() });
    const seeded = await votingPoll(core);
    const slips = await slipsFor(core, seeded.pollId);
    const port = await freePort();
    const status = await call(core, 'evoting.open', { pollId: seeded.pollId, address: '127.0.0.1', port });
    return { core, slips, port, base: `http://127.0.0.1:${port}`, status, ...seeded };
  }

  it('listens only while opened, on the address chosen, and serves the page under a strict CSP', async () => {
    const core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core);
    const port = await freePort();
    expect((await call(core, 'evoting.status', { pollId })).listening).toBeNull();
    expect((await callError(core, 'evoting.open', { pollId, address: '127.0.0.1', port })).message).toContain(
      'Chưa in phiếu bầu điện tử',
    );
    await slipsFor(core, pollId, 2);
    expect((await callError(core, 'evoting.open', { pollId, address: '0.0.0.0', port })).code).toBe(
      'VALIDATION',
    );
    expect(await refused(`http://127.0.0.1:${port}/`)).toBe(true);
    const status = await call(core, 'evoting.open', { pollId, address: '127.0.0.1', port });
    expect(status.listening).toMatchObject({ address: '127.0.0.1', port, url: `http://127.0.0.1:${port}/` });
    expect((await call(core, 'evoting.status', { pollId })).lastPhoneAt).toBeNull();
    const page = await http(`http://127.0.0.1:${port}/`);
    // A phone that only loaded the page has reached the laptop: no help panel for the operator.
    expect((await call(core, 'evoting.status', { pollId })).lastPhoneAt).not.toBeNull();
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script type="module" src="/phieu.js"></script>');
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    // The page's modules and noble's, which a phone's browser loads as ES modules only with this type.
    for (const path of ['/phieu.js', '/phieu-seal.js', '/noble-ciphers/aes.js', '/noble-ciphers/utils.js']) {
      const script = await http(`http://127.0.0.1:${port}${path}`);
      expect(script.status, path).toBe(200);
      expect(script.headers['content-type'], path).toBe('text/javascript; charset=utf-8');
      expect(script.headers['content-security-policy'], path).toBe(page.headers['content-security-policy']);
    }
    expect((await http(`http://127.0.0.1:${port}/phieu.css`)).status).toBe(200);
    await call(core, 'evoting.close', { pollId });
    expect(await refused(`http://127.0.0.1:${port}/`)).toBe(true);
  });

  it('answers 404 for every method of the contract, however it is asked', async () => {
    const { base } = await opened();
    for (const method of METHOD_NAMES) {
      for (const [verb, path] of [
        ['POST', `/api/${method}`],
        ['GET', `/api/${method}`],
        ['POST', `/${method}`],
      ] as const) {
        const reply = await http(`${base}${path}`, { method: verb, body: verb === 'POST' ? {} : undefined });
        expect(reply.status, `${verb} ${path}`).toBe(404);
      }
    }
    for (const path of [
      '/events',
      '/files/x',
      '/index.js',
      '/assets/index.js',
      '/../package.json',
      '/api/',
    ]) {
      expect((await http(`${base}${path}`)).status, path).toBe(404);
    }
    // Only the listed files of noble's package, and nothing a path can reach past them.
    for (const path of [
      '/noble-ciphers/../../package.json',
      '/noble-ciphers/../phieu.js',
      '/noble-ciphers/%2e%2e/%2e%2e/package.json',
      '/noble-ciphers/..%2f..%2fpackage.json',
      '/noble-ciphers/%2E%2E%5C%2E%2E%5Cpackage.json',
      '/noble-ciphers/chacha.js',
      '/noble-ciphers/aes.js.map',
      '/noble-ciphers/aes.d.ts',
      '/noble-ciphers/../aes.js',
      '/noble-ciphers/',
      '/noble-ciphers',
      '/noble-ciphers/./aes.js',
      '/noble-ciphers//aes.js',
      '/noble-ciphers/AES.js',
      '/noble-ciphers/aes.js/',
      '/noble-ciphers/aes.js%00',
      '/node_modules/@noble/ciphers/esm/aes.js',
      '/esm/aes.js',
      '/aes.js',
      '/../../package.json',
      '/%2e%2e/package.json',
      '/phieu.html',
      '//phieu.js',
    ]) {
      expect(await statusOfRawPath(base, path), path).toBe(404);
    }
    expect((await http(`${base}/`, { method: 'PUT', body: {} })).status).toBe(404);
    expect((await http(`${base}/noble-ciphers/aes.js`, { method: 'POST', body: {} })).status).toBe(404);
    expect((await http(`${base}/api/phieu`)).status).toBe(404);
  });

  it('caps bodies and refuses what is not JSON', async () => {
    const { base } = await opened();
    const big = await http(`${base}/api/gui`, { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(big.status).toBe(413);
    expect((await http(`${base}/api/gui`, { method: 'POST', body: '{not json' })).status).toBe(400);
    expect((await http(`${base}/api/gui`, { method: 'POST', body: '[1]' })).status).toBe(400);
  });

  it('takes a vote over HTTP and counts it and the wrong codes for the operator', async () => {
    const { core, base, slips, pollId } = await opened();
    const slip = nth(slips, 0);
    const read = await http(`${base}/api/phieu`, { method: 'POST', body: { a: phone(slip).keys.auth } });
    expect(read.status).toBe(200);
    const sent = await http(`${base}/api/gui`, { method: 'POST', body: phone(slip).ballot('aa-dd') });
    expect(sent.status).toBe(200);
    expect(sent.json()).toMatchObject({ label: slip.label });
    for (let i = 0; i < 3; i++) {
      const wrong = await http(`${base}/api/phieu`, { method: 'POST', body: { a: 'ab'.repeat(16) } });
      expect(wrong.status).toBe(403);
    }
    const status = await call(core, 'evoting.status', { pollId });
    expect(status).toMatchObject({ slips: 7, used: 1, wrongCodes: 3, blocked: 0 });
    expect(status.lastPhoneAt).not.toBeNull();
    expect(await call(core, 'evoting.checkSlip', { pollId, label: slip.label.toLowerCase() })).toMatchObject({
      found: true,
    });
    expect((await call(core, 'evoting.checkSlip', { pollId, label: nth(slips, 1).label })).usedAt).toBeNull();
  });

  it('stops when the poll leaves voting and when the app quits', async () => {
    const { core, base, poll, pollId } = await opened();
    await call(core, 'polls.setState', { id: pollId, revision: poll.revision, state: 'counting' });
    await expect.poll(() => refused(`${base}/`)).toBe(true);
    expect((await call(core, 'evoting.status', { pollId })).listening).toBeNull();

    const other = await opened();
    expect((await http(`${other.base}/`)).status).toBe(200);
    await other.core.close();
    expect(await refused(`${other.base}/`)).toBe(true);
  });

  it('lets nothing readable of a vote cross the network', async () => {
    const { base, slips, port } = await opened();
    // A relay in the middle that keeps every byte both ways, as someone on the Wi-Fi would see them.
    const seen: Buffer[] = [];
    const relay = createTcpServer((client) => {
      const upstream = connect(port, '127.0.0.1');
      client.on('data', (b: Buffer) => {
        seen.push(b);
        upstream.write(b);
      });
      upstream.on('data', (b: Buffer) => {
        seen.push(b);
        client.write(b);
      });
      client.on('end', () => upstream.end());
      upstream.on('end', () => client.end());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const via = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    const ballots = ['a-d-a', 'dd-aa', '-a-d-'];
    for (const [i, marks] of ballots.entries()) {
      const slip = nth(slips, i);
      expect(
        (await http(`${via}/api/phieu`, { method: 'POST', body: { a: phone(slip).keys.auth } })).status,
      ).toBe(200);
      expect((await http(`${via}/api/gui`, { method: 'POST', body: phone(slip).ballot(marks) })).status).toBe(
        200,
      );
    }
    relay.close();
    const wire = Buffer.concat(seen).toString('latin1');
    expect(wire).toContain('/api/gui');
    for (const [i, marks] of ballots.entries()) {
      const slip = nth(slips, i);
      const { keys } = phone(slip);
      expect(wire).not.toContain(marks);
      expect(wire).not.toContain(Buffer.from(marks).toString('hex'));
      expect(wire).not.toContain(Buffer.from(marks).toString('base64'));
      expect(wire).not.toContain(slip.code);
      expect(wire).not.toContain(keys.seal);
    }
    for (const word of ['agree', 'disagree', 'Đồng ý', '"m"']) expect(wire).not.toContain(word);
    expect(base).toContain(String(port));
  });
});
