import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServer } from '../../src/main/host/server';
import { listenOnFreePort, stopServer } from '../host/listen';
import { call, useCores, useTempDir } from '../helpers';
import { freePort, nth, phone, slipsFor, votingPoll } from './seed';

/**
 * A phone on another host: a network namespace joined to this one by two veth pairs. The
 * laptop listens on the first pair's address; the phone must reach that voting port, and
 * neither the admin API nor the second pair's address. Needs root and iproute2's `ip netns`.
 */

const suffix = (process.pid % 200) + 20;
const NS = `hn-phone-${process.pid}`;
const CHOSEN = {
  host: `10.231.${suffix}.1`,
  phone: `10.231.${suffix}.2`,
  hostIf: `hnA${process.pid % 100000}`,
  phoneIf: `hnB${process.pid % 100000}`,
};
const OTHER = {
  host: `10.232.${suffix}.1`,
  phone: `10.232.${suffix}.2`,
  hostIf: `hnC${process.pid % 100000}`,
  phoneIf: `hnD${process.pid % 100000}`,
};

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: 'pipe' });
}

/** Why this machine cannot run the test, or null when it can. */
function unavailable(): string | null {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  if (process.getuid?.() !== 0) return 'needs root to create a network namespace';
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'pipe' });
  } catch {
    return 'the ip command (iproute2) is missing or has no netns support';
  }
  return null;
}

const reason = unavailable();
if (reason) console.warn(`netns test skipped: ${reason}`);

/**
 * A request made from inside the phone's namespace: the status, or the error code. Run without
 * blocking: the listener answering it lives in this very process.
 */
async function fromPhone(url: string, body?: unknown): Promise<string> {
  const script = `
    const http = require('node:http');
    const payload = ${JSON.stringify(body === undefined ? null : JSON.stringify(body))};
    const req = http.request(process.argv[1], { method: payload ? 'POST' : 'GET', timeout: 3000,
      headers: payload ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let text = ''; res.on('data', (c) => (text += c)); res.on('end', () => console.log(res.statusCode + ' ' + text));
    });
    req.on('timeout', () => { console.log('TIMEOUT'); req.destroy(); });
    req.on('error', (e) => console.log(e.code || 'ERROR'));
    if (payload) req.write(payload);
    req.end();`;
  const { stdout } = await promisify(execFile)(
    'ip',
    ['netns', 'exec', NS, process.execPath, '-e', script, url],
    {
      timeout: 15_000,
    },
  );
  return stdout.trim();
}

describe.skipIf(reason !== null)('electronic voting: a phone on another host (network namespace)', () => {
  const dir = useTempDir();
  const openCore = useCores();

  beforeAll(() => {
    ip('netns', 'add', NS);
    for (const pair of [CHOSEN, OTHER]) {
      ip('link', 'add', pair.hostIf, 'type', 'veth', 'peer', 'name', pair.phoneIf);
      ip('link', 'set', pair.phoneIf, 'netns', NS);
      ip('addr', 'add', `${pair.host}/24`, 'dev', pair.hostIf);
      ip('link', 'set', pair.hostIf, 'up');
      ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${pair.phone}/24`, 'dev', pair.phoneIf);
      ip('netns', 'exec', NS, 'ip', 'link', 'set', pair.phoneIf, 'up');
    }
    ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up');
  });

  afterAll(() => {
    for (const pair of [CHOSEN, OTHER]) {
      try {
        ip('link', 'del', pair.hostIf);
      } catch {
        // Already gone with the namespace.
      }
    }
    ip('netns', 'del', NS);
  });

  it('reaches the voting port on the chosen address only, and never the admin API', async () => {
    const core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core);
    const slips = await slipsFor(core, pollId, 3);
    const interfaces = await call(core, 'evoting.interfaces', {});
    expect(interfaces.map((a) => a.address)).toEqual(expect.arrayContaining([CHOSEN.host, OTHER.host]));
    const port = await freePort();
    await call(core, 'evoting.open', { pollId, address: CHOSEN.host, port });

    const staticDir = join(dir(), 'static');
    mkdirSync(staticDir);
    const admin = createHostServer({ core, staticDir, token: 'netns-token-0123456789' });
    const adminPort = await listenOnFreePort(admin);
    try {
      expect(await fromPhone(`http://${CHOSEN.host}:${port}/`)).toMatch(/^200 /);
      const slip = nth(slips, 0);
      expect(await fromPhone(`http://${CHOSEN.host}:${port}/api/gui`, phone(slip).ballot('aaaaa'))).toMatch(
        /^200 .*receipt/,
      );
      // The same port on the address that was not chosen, and the admin API on either address.
      expect(await fromPhone(`http://${OTHER.host}:${port}/`)).toBe('ECONNREFUSED');
      expect(await fromPhone(`http://${CHOSEN.host}:${adminPort}/api/app.info`, {})).toBe('ECONNREFUSED');
      expect(await fromPhone(`http://${OTHER.host}:${adminPort}/api/app.info`, {})).toBe('ECONNREFUSED');
      // The admin API is still there for this computer.
      expect((await call(core, 'evoting.status', { pollId })).used).toBe(1);
    } finally {
      await stopServer(admin);
    }
  });
});
