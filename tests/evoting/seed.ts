import { request } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import type { Core } from '../../src/main/app/create-core';
import { decodeHandCode, sealBallot, slipKeys } from '../../src/main/voting/lan/codes';
import { issueSlips, type IssuedSlip } from '../../src/main/voting/lan/slips';
import { call } from '../helpers';
import { presetRules, seatCouncil } from '../voting/seed';

export const LOOPBACK = [{ name: 'lo', address: '127.0.0.1', family: 'IPv4' as const, internal: true }];

/**
 * A conference with a council of `members` (all present), two collectives and three
 * individuals, and a poll in voting under `ruleName` (optionally with a quota).
 */
export async function votingPoll(
  core: Core,
  {
    members = 7,
    ruleName = 'Từ 70% số thành viên dự họp',
    quota = null as number | null,
    named = false,
  } = {},
) {
  const conference = await call(core, 'conferences.create', {
    title: 'Hội nghị tổng kết',
    kind: 'tong_ket',
    startsAt: '2026-12-05',
  });
  await seatCouncil(core, conference.id, members, members);
  const ids: number[] = [];
  for (const [kind, fullName] of [
    ['ca_nhan', 'Nguyễn Văn An'],
    ['tap_the', 'Phòng Tổ chức'],
    ['ca_nhan', 'Trần Thị Bình'],
    ['tap_the', 'Trường Tiểu học Kỳ Anh'],
    ['ca_nhan', 'Lê Văn Cường'],
  ] as const) {
    ids.push((await call(core, 'nominees.create', { conferenceId: conference.id, kind, fullName })).id);
  }
  const rules = await presetRules(core);
  let ruleId = rules(ruleName);
  if (quota !== null || named) {
    const base = (await call(core, 'rules.list', {})).find((r) => r.id === ruleId);
    if (!base) throw new Error('no rule');
    const created = await call(core, 'rules.save', {
      rule: {
        ...base.rule,
        name: `${base.rule.name} (thử)`,
        quota,
        method: named ? 'named' : base.rule.method,
        secret: !named,
      },
    });
    ruleId = created.id;
  }
  const poll = await call(core, 'polls.create', {
    conferenceId: conference.id,
    title: 'Bình xét danh hiệu năm 2026',
    ruleId,
    nomineeIds: ids,
  });
  const voting = await call(core, 'polls.setState', {
    id: poll.id,
    revision: poll.revision,
    state: 'voting',
  });
  return { conferenceId: conference.id, pollId: poll.id, poll: voting };
}

export function slipsFor(core: Core, pollId: number, copies?: number): Promise<IssuedSlip[]> {
  const now = () => new Date().toISOString();
  return issueSlips(core.context.store.db, now, pollId, copies).then((r) => r.slips);
}

/** What a phone derives from a slip, and a sealed ballot of `marks` (in list order). */
export function phone(slip: IssuedSlip) {
  const secret = decodeHandCode(slip.code);
  if (!secret) throw new Error('bad code');
  const keys = slipKeys(secret);
  return { keys, ballot: (marks: string) => ({ a: keys.auth, ...renamed(sealBallot(keys.seal, marks)) }) };
}

const renamed = (sealed: { iv: string; sealed: string }) => ({ iv: sealed.iv, c: sealed.sealed });

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => Record<string, unknown>;
}

/** One HTTP request (a new connection each time), from `localAddress` when given. */
export function http(
  url: string,
  { method = 'GET', body, localAddress }: { method?: string; body?: unknown; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = request(
      url,
      {
        method,
        localAddress,
        agent: false,
        headers: payload
          ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }
          : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** The item at `index`, which the test knows is there. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** A poll's tally, which the test knows was computed. */
export function tallyOf<T extends { tally: unknown }>(poll: T): NonNullable<T['tally']> {
  if (!poll.tally) throw new Error('no tally');
  return poll.tally as NonNullable<T['tally']>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The status of a GET whose path goes out exactly as written: a URL would resolve "." and ".."
 * first, as a browser does, and someone probing the listener need not.
 */
export function statusOfRawPath(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
