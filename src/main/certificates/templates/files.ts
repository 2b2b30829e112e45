import type { z } from 'zod';
import { MAX_TEMPLATE_FILE_BYTES, templateFileRecord, type TemplateBody } from '../../../shared/certificates';
import { AppError } from '../../core/app-error';
import type { TemplateImages } from '../engine';
import { decodeImage, templateProblems } from '../validate';

export type TemplateFile = z.infer<typeof templateFileRecord>;

export const FILE_REJECTED_MESSAGE = 'Tệp mẫu không hợp lệ';

/** A template as the .hoinghi-mau.json file `templates.export` writes. */
export function templateFile(body: TemplateBody, images: TemplateImages): Buffer {
  const file: TemplateFile = {
    format: 'hoi-nghi-template',
    version: 1,
    body,
    backgroundBase64: images.background?.toString('base64') ?? null,
    emblemBase64: images.emblem?.toString('base64') ?? null,
  };
  return Buffer.from(JSON.stringify(file), 'utf8');
}

const rejected = (reason: string) => new AppError('FILE_REJECTED', `${FILE_REJECTED_MESSAGE}: ${reason}.`);

/**
 * Reads a template file back: size first, then JSON, then the schema, the page bounds and
 * both images, so that whatever a file claims, only a template we could have written gets in.
 */
export function readTemplateFile(contentBase64: string): { body: TemplateBody; images: TemplateImages } {
  if ((contentBase64.length * 3) / 4 > MAX_TEMPLATE_FILE_BYTES) throw rejected('tệp quá lớn');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8'));
  } catch {
    throw rejected('không phải tệp mẫu giấy khen (.hoinghi-mau.json)');
  }
  const parsed = templateFileRecord.safeParse(json);
  if (!parsed.success) throw rejected('không phải tệp mẫu giấy khen của Hội nghị hoặc đã bị sửa hỏng');
  const problems = templateProblems(parsed.data.body);
  if (problems[0]) throw rejected(problems[0].message);
  const image = (base64: string | null, what: string): Buffer | null => {
    if (base64 === null) return null;
    try {
      return decodeImage(base64);
    } catch {
      throw rejected(`${what} không phải ảnh PNG hoặc JPEG tối đa 20 MB`);
    }
  };
  return {
    body: parsed.data.body,
    images: {
      background: image(parsed.data.backgroundBase64, 'ảnh nền'),
      emblem: image(parsed.data.emblemBase64, 'ảnh quốc huy / đảng huy'),
    },
  };
}
