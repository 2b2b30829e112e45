import { rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { writeExport } from '../../src/main/exports/files';
import { DOWNLOAD_TTL_MS } from '../../src/main/core/file-registry';
import { asciiFileName, contentDisposition, GONE_MESSAGE } from '../../src/main/host/files';
import { createHostServer } from '../../src/main/host/server';
import { call, useCores, useTempDir } from '../helpers';
import { listenOnFreePort, stopServer } from './listen';

const TOKEN = 'test-token-0123456789abcdef';
const NAME = 'Danh sách "đợt 1" – Đinh Thị Thơm (2021).pdf';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('web host: written files by handle', () => {
  const dir = useTempDir();
  const openCore = useCores();
  let core: Core;
  let server: Server;
  let port: number;
  let now = 1_000_000;

  beforeEach(async () => {
    now = 1_000_000;
    core = await openCore({ dataDir: join(dir(), 'data'), files: { now: () => now } });
    server = createHostServer({ core, staticDir: join(dir(), 'static'), token: TOKEN });
    port = await listenOnFreePort(server);
  });

  afterEach(() => stopServer(server));

  function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** Every byte value, several times over, and more than one stream chunk (64 KB). */
  const CONTENT = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256));

  const written = () =>
    writeExport({
      dir: core.context.exportsDir,
      files: core.context.files,
      fileName: NAME,
      rows: 1,
      write: async (path) => writeFileSync(path, CONTENT),
    });

  const url = (handle: string, token = TOKEN) => `/files/${handle}?token=${encodeURIComponent(token)}`;

  it('streams the exact bytes with the Vietnamese name, its type and its length', async () => {
    const file = await written();
    const reply = await get(url(file.handle));
    expect(reply.status).toBe(200);
    expect(reply.body.equals(CONTENT)).toBe(true);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-length']).toBe(String(CONTENT.length));
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const disposition = reply.headers['content-disposition'] ?? '';
    expect(disposition).toBe(
      `attachment; filename="Danh sach _dot 1_ _ Dinh Thi Thom (2021).pdf"; filename*=UTF-8''Danh%20s%C3%A1ch%20%22%C4%91%E1%BB%A3t%201%22%20%E2%80%93%20%C4%90inh%20Th%E1%BB%8B%20Th%C6%A1m%20%282021%29.pdf`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(NAME);
  });

  it('serves a real export the same way (an Excel file)', async () => {
    const file = await call(core, 'audit.export', {});
    const reply = await get(url(file.handle));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(reply.body.length).toBe(file.size);
    expect(reply.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('serves a handle once: the second request finds nothing, said in Vietnamese', async () => {
    const file = await written();
    expect((await get(url(file.handle))).status).toBe(200);
    const again = await get(url(file.handle));
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(again.body.toString('utf8')).toBe(GONE_MESSAGE);
    // The file itself stays where the core saved it.
    expect((await get(url((await written()).handle))).status).toBe(200);
  });

  it('refuses an expired handle the same way', async () => {
    const file = await written();
    now += DOWNLOAD_TTL_MS;
    const reply = await get(url(file.handle));
    expect(reply.status).toBe(404);
    expect(reply.body.toString('utf8')).toBe(GONE_MESSAGE);
  });

  it('serves a handle just inside its time limit', async () => {
    const file = await written();
    now += DOWNLOAD_TTL_MS - 1;
    expect((await get(url(file.handle))).status).toBe(200);
  });

  it.each([
    ['an unknown handle', 'A'.repeat(24)],
    ['a path', '..%2F..%2Fdata%2Fhoi-nghi.sqlite'],
    ['an empty handle', ''],
  ])('answers 404 for %s', async (_, handle) => {
    const reply = await get(url(handle));
    expect(reply.status).toBe(404);
    expect(reply.body.toString('utf8')).toBe(GONE_MESSAGE);
  });

  it('says the file is gone when it was deleted after the export', async () => {
    const file = await written();
    rmSync(file.path);
    const reply = await get(url(file.handle));
    expect(reply.status).toBe(404);
    expect(reply.body.toString('utf8')).toMatch(/không còn ở thư mục đã lưu/);
  });

  it.each([
    ['no token', (handle: string) => `/files/${handle}`, () => ({}), 401],
    ['a wrong token', (handle: string) => url(handle, `${TOKEN.slice(0, -1)}x`), () => ({}), 401],
    [
      'the token in a header only',
      (handle: string) => `/files/${handle}`,
      () => ({ authorization: `Bearer ${TOKEN}` }),
      401,
    ],
    ['another origin', (handle: string) => url(handle), () => ({ origin: 'http://evil.example' }), 403],
    ['another Host', (handle: string) => url(handle), () => ({ host: `evil.example:${port}` }), 403],
  ])('refuses %s without using the handle up', async (_, path, headers, status) => {
    const file = await written();
    const refused = await get(path(file.handle), headers());
    expect(refused.status).toBe(status);
    expect(refused.body.toString('utf8')).not.toContain(CONTENT.subarray(0, 16).toString('utf8'));
    expect((await get(url(file.handle))).status).toBe(200);
  });

  it.each(['HEAD', 'POST', 'DELETE'])('answers %s with 405 and keeps the handle', async (method) => {
    const file = await written();
    const reply = await get(url(file.handle), {}, method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET');
    expect((await get(url(file.handle))).status).toBe(200);
  });
});

describe('download names', () => {
  it.each([
    ['Đinh Thị Thơm.xlsx', 'Dinh Thi Thom.xlsx'],
    ['Kết quả "bình xét".pdf', 'Ket qua _binh xet_.pdf'],
    ['a\\b.pdf', 'a_b.pdf'],
    ['北京.pdf', '__.pdf'],
    ['', 'tep'],
  ])('folds %s to ASCII as %s', (name, ascii) => {
    expect(asciiFileName(name)).toBe(ascii);
  });

  it('keeps the Vietnamese name whole in filename*, in NFC', () => {
    const disposition = contentDisposition('Thơm'.normalize('NFD') + "'s (1).xlsx");
    expect(disposition).toBe(
      `attachment; filename="Thom's (1).xlsx"; filename*=UTF-8''Th%C6%A1m%27s%20%281%29.xlsx`,
    );
  });
});
