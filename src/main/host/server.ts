import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { contract, isMethodName } from '../../shared/api/contract';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../shared/api/errors';
import { errorMessages } from '../../shared/messages';
import type { CoreLink } from '../process/client';
import { CONTENT_SECURITY_POLICY_HEADER } from './csp';
import { FILES_PREFIX, serveWrittenFile } from './files';
import { STATUS_BY_CODE } from './http-status';
import { serveStatic } from './static-files';

export interface HostOptions {
  /** The core in its worker thread (the app), or in this thread (tests). */
  core: CoreLink;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token: string;
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes?: number;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? errorMessages.vi[code]);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: ApiErrorBody): void {
  const result: ApiResult<never> = { ok: false, error };
  sendJson(res, STATUS_BY_CODE[error.code], result);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new RequestError('PAYLOAD_TOO_LARGE'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // The rest is discarded by answerTooLarge, which keeps the request flowing.
        chunks.length = 0;
        req.off('data', onData);
        reject(new RequestError('PAYLOAD_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// How much of a refused body is read and thrown away, and for how long, before the connection
// is closed anyway.
const DISCARD_MAX_BYTES = 256 * 1024 * 1024;
const DISCARD_MAX_MS = 10_000;

/**
 * Answers 413 at once but ends the response (and so the connection) only after the client has
 * sent the rest of its body, which is read and discarded. Closing a socket that still has unread
 * bytes sends a reset, and a client still sending (or one that reads only after sending, with
 * `Connection: close`) would lose the answer to it. A client that sends without end is cut off
 * after DISCARD_MAX_BYTES or DISCARD_MAX_MS.
 */
function answerTooLarge(req: IncomingMessage, res: ServerResponse, message: string): void {
  const result: ApiResult<never> = { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message } };
  const body = Buffer.from(JSON.stringify(result));
  res.writeHead(STATUS_BY_CODE.PAYLOAD_TOO_LARGE, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-store',
    connection: 'close',
  });
  // The whole answer goes out now (its length is declared); end() only lets the socket close.
  res.write(body);
  let discarded = 0;
  const finish = () => {
    clearTimeout(timer);
    req.off('data', count);
    if (!res.writableEnded) res.end();
  };
  const count = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_MAX_BYTES) finish();
  };
  const timer = setTimeout(finish, DISCARD_MAX_MS);
  if (req.complete) {
    finish();
    return;
  }
  req.on('data', count);
  req.once('end', finish);
  req.once('close', finish);
  req.once('error', finish);
  req.resume();
}

/**
 * The web host: the renderer's files plus the core's dispatcher as `POST /api/<method>`, core
 * events as Server-Sent Events on `GET /api/events`, and the files the core wrote, each
 * downloaded once, on `GET /files/<handle>`. It holds no logic of its own.
 */
export function createHostServer(options: HostOptions): Server {
  const { core, staticDir, token } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof RequestError && error.code === 'PAYLOAD_TOO_LARGE') {
        answerTooLarge(req, res, error.message);
        return;
      }
      if (error instanceof RequestError) {
        sendError(res, { code: error.code, message: error.message });
        return;
      }
      sendError(res, { code: 'INTERNAL', message: errorMessages.vi.INTERNAL });
    });
  });

  /** Only requests addressed to this loopback host and port, from its own pages, are served. */
  function checkOrigin(req: IncomingMessage): void {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      throw new RequestError('FORBIDDEN', 'Yêu cầu bị từ chối: địa chỉ máy chủ không hợp lệ.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      throw new RequestError('FORBIDDEN', 'Yêu cầu bị từ chối: không đến từ trang của ứng dụng.');
    }
  }

  function checkToken(given: string | null): void {
    if (!given || !sameToken(given, token)) throw new RequestError('UNAUTHORIZED');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(FILES_PREFIX)) {
      checkOrigin(req);
      // A download is started by a link, which cannot send headers: the token rides in the query.
      checkToken(url.searchParams.get('token'));
      // Not even HEAD: any request takes the handle.
      if (req.method !== 'GET') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      await serveWrittenFile(core.files, safeDecode(url.pathname.slice(FILES_PREFIX.length)), res);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      checkOrigin(req);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      await serveStatic(staticDir, url.pathname, res);
      return;
    }

    checkOrigin(req);

    if (url.pathname === '/api/events' && req.method === 'GET') {
      // EventSource cannot send headers, so this one stream takes the token in the query.
      checkToken(url.searchParams.get('token'));
      streamEvents(req, res);
      return;
    }

    const auth = req.headers.authorization ?? '';
    checkToken(auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null);

    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const type = req.headers['content-type'] ?? '';
    const method = safeDecode(url.pathname.slice('/api/'.length));
    // File uploads declare their own, larger cap in the contract; everything else gets 1 MB.
    const spec = isMethodName(method) ? (contract[method] as { maxBodyBytes?: number }) : undefined;
    const text = await readBody(req, Math.max(maxBody, spec?.maxBodyBytes ?? 0));
    if (text.length > 0 && !type.startsWith('application/json')) {
      throw new RequestError('VALIDATION', 'Dữ liệu gửi lên phải là JSON (application/json).');
    }
    let input: unknown;
    try {
      input = text.length === 0 ? undefined : JSON.parse(text);
    } catch {
      throw new RequestError('VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
    }
    const result = await core.dispatch(method, input);
    if (result.ok) sendJson(res, 200, result);
    else sendError(res, result.error);
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = core.events.subscribe((event) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  return server;
}
