import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BallotBox, PhoneAnswer } from './ballot-box';
import type { PhonePage } from './phone-page';

/**
 * The phones' HTTP surface: the voting page, its style and its modules (the files listed in
 * phone-page.ts), and two endpoints. Nothing else answers here; every other path and method is a
 * 404, so the admin API is unreachable on this port whatever a phone asks.
 */

/** No request to this listener needs more; a ballot of 300 nominees is about 700 bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

const PHONE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'Content-Security-Policy': PHONE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, answer: PhoneAnswer) =>
  send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body));

const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', 'Không có trang này.');

/** The body as JSON, or why not; a body past the cap is refused without reading the rest. */
function readJson(req: IncomingMessage): Promise<{ value: Record<string, unknown> } | { status: number }> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve({ status: 413 });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve({ status: 413 });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => resolve({ status: 400 }));
    req.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        resolve(
          value && typeof value === 'object' && !Array.isArray(value)
            ? { value: value as Record<string, unknown> }
            : { status: 400 },
        );
      } catch {
        resolve({ status: 400 });
      }
    });
  });
}

export interface PhoneListener {
  address: string;
  port: number;
  close(): Promise<void>;
}

const REFUSED_BODY: Record<number, string> = {
  400: 'Yêu cầu không đúng dạng.',
  413: 'Yêu cầu quá lớn.',
};

async function route(req: IncomingMessage, res: ServerResponse, box: BallotBox, page: PhonePage) {
  box.seen();
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'GET') {
    const file = page.file(path ?? '');
    return file ? send(res, 200, file.type, file.body) : notFound(res);
  }
  if (req.method !== 'POST' || (path !== '/api/phieu' && path !== '/api/gui')) return notFound(res);
  const body = await readJson(req);
  if ('status' in body)
    return sendJson(res, { status: body.status, body: { message: REFUSED_BODY[body.status] } });
  const address = req.socket.remoteAddress ?? '';
  const answer =
    path === '/api/phieu' ? await box.read(address, body.value.a) : await box.submit(address, body.value);
  sendJson(res, answer);
}

/** Listens on exactly one address of the laptop (never every interface). */
export function listenForPhones(
  box: BallotBox,
  page: PhonePage,
  address: string,
  port: number,
  onError: (error: unknown) => void,
): Promise<PhoneListener> {
  const server: Server = createServer((req, res) => {
    route(req, res, box, page).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent)
        sendJson(res, { status: 500, body: { message: 'Có lỗi trên máy chủ; hãy gửi lại.' } });
    });
  });
  // A phone on a weak Wi-Fi is slow, but a request that never ends only holds a socket.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.maxHeadersCount = 30;
  // Far above a hall's phones; a flood of sockets is cut off before it starves the core.
  server.maxConnections = 2000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: address, port, exclusive: true }, () => {
      server.off('error', reject);
      const bound = server.address() as AddressInfo;
      resolve({
        address: bound.address,
        port: bound.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
