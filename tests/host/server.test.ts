import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { createHostServer } from '../../src/main/host/server';
import { conferenceInput, useCores, useTempDir } from '../helpers';
import { sql } from 'kysely';
import { queryValue } from '../db-access';
import { listenOnFreePort, stopServer } from './listen';

const TOKEN = 'test-token-0123456789abcdef';
const INDEX_HTML = '<!doctype html><html><head><title>Hội nghị</title></head><body></body></html>';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in pieces without a content-length, as a streaming client would. */
  chunked?: boolean;
}

describe('web host', () => {
  const dir = useTempDir();
  const openCore = useCores();
  let core: Core;
  let server: Server;
  let port: number;

  beforeEach(async () => {
    const staticDir = join(dir(), 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
    // A file beside the static folder that no URL may reach.
    writeFileSync(join(dir(), 'secret.txt'), 'bí mật');
    core = await openCore({ dataDir: join(dir(), 'data') });
    server = createHostServer({ core, staticDir, token: TOKEN });
    port = await listenOnFreePort(server);
  });

  // After-hooks run in reverse order: the server stops before the core closes and the folder goes.
  afterEach(() => stopServer(server));

  /** node:http rather than fetch, because fetch will not let a test set Host or Origin. */
  function send({
    method = 'POST',
    path,
    headers = {},
    body,
    chunked = false,
  }: RequestOptions): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      if (body !== undefined && chunked) {
        const data = Buffer.from(body);
        for (let at = 0; at < data.length; at += 64 * 1024) req.write(data.subarray(at, at + 64 * 1024));
        req.end();
      } else {
        req.end(body);
      }
    });
  }

  const api = (method: string, input: unknown, headers: Record<string, string> = {}) => {
    const body = JSON.stringify(input);
    return send({
      path: `/api/${method}`,
      body,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      },
    });
  };

  const errorCode = (reply: Reply): unknown =>
    (JSON.parse(reply.body) as { error?: { code?: string } }).error?.code;

  it('answers a call with the right token', async () => {
    const reply = await api('conferences.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ['a longer token', { authorization: `Bearer ${TOKEN}x` }],
    ['the token without Bearer', { authorization: TOKEN }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('refuses %s with 401 UNAUTHORIZED', async (_, headers) => {
    const reply = await send({
      path: '/api/conferences.list',
      body: '{}',
      headers: { 'content-type': 'application/json', ...headers },
    });
    expect(reply.status).toBe(401);
    expect(errorCode(reply)).toBe('UNAUTHORIZED');
  });

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1'])(
    'refuses a call from the page at %s with 403, even with the token',
    async (origin) => {
      const reply = await api('conferences.create', conferenceInput(), { origin });
      expect(reply.status).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
      expect(Number(await queryValue(core.context.store, sql`select count(*) from conferences`))).toBe(0);
    },
  );

  it('accepts a call from its own page', async () => {
    expect((await api('conferences.list', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await api('conferences.list', {}, { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it.each([
    (p: number) => `evil.example:${p}`,
    () => 'evil.example',
    () => '127.0.0.1',
    (p: number) => `127.0.0.1:${p + 1}`,
    (p: number) => `127.0.0.1.evil.example:${p}`,
  ])('refuses a Host header that is not this server (DNS rebinding), case %#', async (host) => {
    const reply = await api('conferences.list', {}, { host: host(port) });
    expect(reply.status).toBe(403);
    const page = await send({ method: 'GET', path: '/', headers: { host: host(port) } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost with the port as Host', async () => {
    expect((await api('conferences.list', {}, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const reply = await api('conferences.list', { search: 'x'.repeat(1024 * 1024 + 10) });
    expect(reply.status).toBe(413);
    expect(errorCode(reply)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a streamed body over 1 MB with 413', async () => {
    const reply = await send({
      path: '/api/conferences.list',
      body: JSON.stringify({ search: 'x'.repeat(1024 * 1024 + 10) }),
      chunked: true,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(413);
  });

  it('refuses invalid JSON with 400 VALIDATION', async () => {
    const reply = await send({
      path: '/api/conferences.create',
      body: '{"title": "Hội nghị",',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('VALIDATION');
  });

  it('returns field details for invalid input with 400', async () => {
    const reply = await api('conferences.create', conferenceInput({ startsAt: '2021-02-30' }));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: [{ path: 'startsAt', key: 'invalidDate' }] } },
    });
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    const reply = await api('conferences.destroyAll', {});
    expect(reply.status).toBe(404);
    expect(errorCode(reply)).toBe('UNKNOWN_METHOD');
  });

  it('serves index.html with a content security policy', async () => {
    const reply = await send({ method: 'GET', path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toContain('text/html');
    const csp = reply.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/..%5csecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '//etc/passwd',
    '/some/app/route',
  ])('serves index.html, not the file, for %s', async (path) => {
    const reply = await send({ method: 'GET', path });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
  });

  it('streams core events as Server-Sent Events', async () => {
    const created: Promise<Reply>[] = [];
    const firstData = await new Promise<{ type: string; line: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'GET', path: `/api/events?token=${encodeURIComponent(TOKEN)}` },
        (res) => {
          let received = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            received += chunk;
            // Only create once the stream is subscribed, or the event could be missed.
            if (received.includes(': connected') && created.length === 0) {
              created.push(api('conferences.create', conferenceInput({ title: 'Có sự kiện' })));
            }
            const line = /^data: (.*)$/m.exec(received)?.[1];
            if (line !== undefined) {
              resolve({ type: res.headers['content-type'] ?? '', line });
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const [creation] = created;
    if (!creation) throw new Error('the create call was never made');
    const reply = await creation;
    const conference = (JSON.parse(reply.body) as { value: { id: number } }).value;
    expect(firstData.type).toContain('text/event-stream');
    expect(JSON.parse(firstData.line)).toEqual({ type: 'conferences.changed', id: conference.id });
  });

  it('refuses the event stream without the token', async () => {
    const reply = await send({ method: 'GET', path: '/api/events' });
    expect(reply.status).toBe(401);
    expect(errorCode(reply)).toBe('UNAUTHORIZED');
  });
});
