import type { Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api/contract';
import { createHostServer } from '../../src/main/host/server';
import { useCores, useTempDir } from '../helpers';
import { listenOnFreePort, stopServer } from './listen';

const TOKEN = 'test-token-0123456789abcdef';
const TOO_LARGE_VI = 'Dữ liệu gửi lên quá lớn.';

interface RawRequest {
  path: string;
  /** The Content-Length to declare, or none for a chunked body. */
  contentLength?: number;
  /** How many bytes of body to push before giving up if the server never answers. */
  sendUpTo: number;
}

/**
 * A client that does what node:http and fetch will not: it asks for `Connection: close`, sends its
 * whole body whatever the server says, and only then reads the answer (as a simple synchronous
 * client does). Whatever the socket received by the end is returned, so a reset that swallows
 * the answer shows as a miss.
 */
function rawPost(port: number, { path, contentLength, sendUpTo }: RawRequest): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let sent = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(Buffer.concat(received).toString('utf8'));
    };
    const chunked = contentLength === undefined;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const framed = chunked
      ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
      : chunk;
    const pump = () => {
      while (!done && sent < sendUpTo) {
        sent += chunk.length;
        if (!socket.write(framed)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (chunked && !done) socket.write('0\r\n\r\n');
      socket.resume();
    };
    socket.on('connect', () => {
      socket.write(
        [
          `POST ${path} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          `Authorization: Bearer ${TOKEN}`,
          'Content-Type: application/json',
          'Connection: close',
          chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${contentLength}`,
          '',
          '',
        ].join('\r\n'),
      );
      socket.pause();
      pump();
    });
    socket.on('data', (data: Buffer) => received.push(data));
    // A reset (ECONNRESET, EPIPE) ends the exchange like a close does: what arrived is the answer.
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('end', finish);
  });
}

describe('web host: a body over the limit', () => {
  const dir = useTempDir();
  const openCore = useCores();
  let server: Server;
  let port: number;

  beforeEach(async () => {
    const core = await openCore({ dataDir: join(dir(), 'data') });
    server = createHostServer({ core, staticDir: join(dir(), 'static'), token: TOKEN });
    port = await listenOnFreePort(server);
  });

  afterEach(() => stopServer(server));

  it('answers 413 in Vietnamese to a client that declares too much and keeps sending', async () => {
    const answer = await rawPost(port, {
      path: '/api/conferences.list',
      contentLength: 16 * 1024 * 1024,
      sendUpTo: 16 * 1024 * 1024,
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain(TOO_LARGE_VI);
  });

  it('measures against the method’s own larger limit', async () => {
    const limit = (contract['imports.open'] as { maxBodyBytes?: number }).maxBodyBytes ?? 0;
    expect(limit).toBeGreaterThan(1024 * 1024);
    const answer = await rawPost(port, {
      path: '/api/imports.open',
      contentLength: limit + 64 * 1024,
      sendUpTo: limit + 64 * 1024,
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain(TOO_LARGE_VI);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const answer = await rawPost(port, { path: '/api/conferences.list', sendUpTo: 4 * 1024 * 1024 });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain(TOO_LARGE_VI);
  });
});
