import { MAX_IMAGE_BYTES, type TemplateBody } from '../../shared/certificates';
import type { FieldIssue } from '../../shared/api/errors';
import { AppError } from '../core/app-error';
import { FIELD_LABELS } from './labels';

/**
 * Checks the schema cannot express: every printed box lies on the sheet, and the smallest size
 * a field may shrink to is not above its size. Disabled fields are not printed, so a box left
 * outside after switching the page from landscape to portrait does not block saving.
 */
export interface TemplateProblem extends FieldIssue {
  message: string;
}

// A hair of tolerance: boxes dragged to the edge in the editor arrive as 296.99999 + 0.00002.
const EPSILON = 1e-6;

export function templateProblems(body: TemplateBody, pathPrefix = 'body'): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const { widthMm, heightMm } = body.page;
  body.fields.forEach((field, index) => {
    if (!field.enabled) return;
    const label = FIELD_LABELS[field.key];
    const at = `${pathPrefix}.fields.${index}`;
    const outside = `Ô “${label}” nằm ngoài trang giấy`;
    if (field.x < 0) problems.push({ path: `${at}.x`, key: 'invalid', message: outside });
    if (field.y < 0) problems.push({ path: `${at}.y`, key: 'invalid', message: outside });
    if (field.x + field.width > widthMm + EPSILON) {
      problems.push({ path: `${at}.width`, key: 'invalid', message: outside });
    }
    if (field.y + field.height > heightMm + EPSILON) {
      problems.push({ path: `${at}.height`, key: 'invalid', message: outside });
    }
    if (field.minSize > field.size) {
      problems.push({
        path: `${at}.minSize`,
        key: 'invalid',
        message: `Ô “${label}”: cỡ chữ nhỏ nhất lớn hơn cỡ chữ`,
      });
    }
  });
  return problems;
}

/** VALIDATION naming each wrong box, or nothing. */
export function assertTemplateFits(body: TemplateBody): void {
  const problems = templateProblems(body);
  if (problems.length === 0) return;
  const summary = [...new Set(problems.map((p) => p.message))].join('; ');
  throw new AppError('VALIDATION', `Mẫu chưa hợp lệ: ${summary}.`, {
    fields: problems.map(({ path, key }) => ({ path, key })),
  });
}

export const IMAGE_REJECTED = 'Tệp nền phải là ảnh PNG hoặc JPEG, tối đa 20 MB';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 text decodes to, from its length alone. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function isImage(bytes: Buffer): boolean {
  return bytes.subarray(0, PNG.length).equals(PNG) || bytes.subarray(0, JPEG.length).equals(JPEG);
}

/**
 * A PNG or JPEG of at most 20 MB, else FILE_REJECTED. The size is judged from the base64
 * length before decoding, so an oversized upload never costs its decoded copy in memory.
 */
export function decodeImage(base64: string): Buffer {
  if (base64Bytes(base64) > MAX_IMAGE_BYTES || base64.length % 4 !== 0 || !BASE64.test(base64)) {
    throw new AppError('FILE_REJECTED', IMAGE_REJECTED);
  }
  const bytes = Buffer.from(base64, 'base64');
  if (!isImage(bytes)) throw new AppError('FILE_REJECTED', IMAGE_REJECTED);
  return bytes;
}
