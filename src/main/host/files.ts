import type { ServerResponse } from 'node:http';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FILE_HANDLE_PATTERN } from '../../shared/files';
import type { CoreFiles } from '../core/file-registry';

/**
 * `GET /files/<handle>?token=…`: a file the core wrote, streamed from disk once. The handle is
 * taken on the first request, so a second one (or one after the time limit) finds nothing.
 */

export const FILES_PREFIX = '/files/';

export const GONE_MESSAGE =
  'Liên kết tải tệp này đã được dùng hoặc đã hết hạn (mỗi liên kết dùng được một lần, trong 10 phút). Hãy xuất lại tệp.';
const MISSING_MESSAGE = 'Tệp không còn ở thư mục đã lưu (có thể đã bị xoá hoặc chuyển đi). Hãy xuất lại tệp.';

const TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/** Characters RFC 5987 lets stand in `filename*`; everything else is percent-encoded UTF-8. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The name for old clients that read only `filename`: letters without marks, plain ASCII. */
export function asciiFileName(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return folded.trim() || 'tep';
}

/** `attachment` with the Vietnamese name (RFC 6266 / 5987) and an ASCII one beside it. */
export function contentDisposition(fileName: string): string {
  const name = fileName.normalize('NFC');
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(message);
}

/** Serves one written file by its handle; the caller has checked the origin and the token. */
export async function serveWrittenFile(files: CoreFiles, handle: string, res: ServerResponse): Promise<void> {
  const file = FILE_HANDLE_PATTERN.test(handle) ? await files.take(handle) : null;
  if (!file) {
    sendText(res, 404, GONE_MESSAGE);
    return;
  }
  let source;
  try {
    source = await open(file.path, 'r');
  } catch {
    sendText(res, 404, MISSING_MESSAGE);
    return;
  }
  try {
    const { size } = await source.stat();
    res.writeHead(200, {
      'content-type': TYPES[extname(file.fileName).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'content-disposition': contentDisposition(file.fileName),
      'cache-control': 'no-store',
    });
    // The stream closes the file when it ends or fails; a 50 MB PDF never sits whole in memory.
    await pipeline(source.createReadStream(), res);
  } finally {
    // Closing twice is harmless; this covers a failure before the stream took the file over.
    await source.close().catch(() => undefined);
  }
}
