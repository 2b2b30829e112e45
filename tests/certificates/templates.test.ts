import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { base64Bytes } from '../../src/main/certificates/validate';
import { MAX_IMAGE_BYTES, type CertificateTemplate } from '../../src/shared/certificates';
import type { AppEvent } from '../../src/shared/api/events';
import { call, callError, useCores, useTempDir, writtenBytes, writtenBase64 } from '../helpers';
import { solidPng } from './seed';

const dir = useTempDir();
const openCore = useCores();

async function ourCopy(core: Core, name = 'Giấy khen của Thị ủy'): Promise<CertificateTemplate> {
  const [shipped] = await call(core, 'templates.list', {});
  if (!shipped) throw new Error('no shipped template');
  return call(core, 'templates.copy', { id: shipped.id, name });
}

const IMAGE_MESSAGE = 'Tệp nền phải là ảnh PNG hoặc JPEG, tối đa 20 MB';

describe('certificate templates', () => {
  it('ships four templates, once, listed before ours, ours by name', async () => {
    const core = await openCore({ dataDir: dir() });
    const first = await call(core, 'templates.list', {});
    expect(first.map((t) => t.name)).toEqual([
      'Giấy khen (tiêu đề Đảng)',
      'Giấy khen (tiêu đề Nhà nước)',
      'Bằng khen (400 × 300 mm)',
      'Giấy biểu dương',
    ]);
    expect(first.every((t) => t.builtIn && t.version === 1)).toBe(true);
    await ourCopy(core, 'Ứng Hòa');
    await ourCopy(core, 'An Phú');
    await ourCopy(core, 'Đông Anh');
    await core.close();

    // A second start finds them and adds none.
    const again = await openCore({ dataDir: dir() });
    const names = (await call(again, 'templates.list', {})).map((t) => t.name);
    expect(names).toHaveLength(7);
    expect(names.slice(4)).toEqual(['An Phú', 'Đông Anh', 'Ứng Hòa']);
  });

  it('copies with the images under a new name at version 1, and saves with the version going up', async () => {
    const core = await openCore({ dataDir: dir() });
    const events: AppEvent[] = [];
    core.events.subscribe((e) => events.push(e));
    const copy = await ourCopy(core);
    const png = solidPng().toString('base64');
    const withImage = await call(core, 'templates.setImage', {
      id: copy.id,
      revision: copy.revision,
      slot: 'background',
      contentBase64: png,
    });
    expect(withImage).toMatchObject({ hasBackground: true, hasEmblem: false, version: 2, revision: 2 });
    // The stored image comes back as it went in, for the editor to draw.
    expect(await call(core, 'templates.image', { id: copy.id, slot: 'background' })).toEqual({
      mime: 'image/png',
      contentBase64: png,
    });
    expect(await call(core, 'templates.image', { id: copy.id, slot: 'emblem' })).toEqual({
      mime: null,
      contentBase64: null,
    });

    const second = await call(core, 'templates.copy', { id: copy.id, name: 'Bản thứ hai' });
    expect(second).toMatchObject({ name: 'Bản thứ hai', version: 1, builtIn: false, hasBackground: true });
    expect(second.fields).toEqual(copy.fields);

    const moved = copy.fields.map((f) => (f.key === 'recipient' ? { ...f, y: f.y + 2 } : f));
    const {
      id: _id,
      version: _v,
      revision: _r,
      builtIn: _b,
      hasBackground: _h,
      hasEmblem: _e,
      updatedAt: _u,
      ...body
    } = copy;
    const saved = await call(core, 'templates.save', {
      id: copy.id,
      revision: withImage.revision,
      body: { ...body, name: 'Đổi tên', fields: moved },
    });
    expect(saved).toMatchObject({ name: 'Đổi tên', version: 3, revision: 3 });
    expect((await call(core, 'templates.get', { id: copy.id })).fields).toEqual(moved);
    // copy, image, copy, save
    expect(events.filter((e) => e.type === 'templates.changed')).toHaveLength(4);

    const removed = await call(core, 'templates.setImage', {
      id: copy.id,
      revision: saved.revision,
      slot: 'background',
      contentBase64: null,
    });
    expect(removed).toMatchObject({ hasBackground: false, version: 4 });
  });

  it('refuses to change or delete a shipped template, and deletes ours', async () => {
    const core = await openCore({ dataDir: dir() });
    const [shipped] = await call(core, 'templates.list', {});
    if (!shipped) throw new Error('no shipped template');
    const {
      id,
      version: _v,
      revision,
      builtIn: _b,
      hasBackground: _h,
      hasEmblem: _e,
      updatedAt: _u,
      ...body
    } = shipped;
    for (const [method, input] of [
      ['templates.save', { id, revision, body }],
      ['templates.delete', { id, revision }],
      ['templates.setImage', { id, revision, slot: 'emblem', contentBase64: solidPng().toString('base64') }],
    ] as const) {
      const error = await callError(core, method, input);
      expect(error).toMatchObject({
        code: 'CONFLICT',
        message: 'Mẫu có sẵn không sửa được; hãy sao chép để sửa',
      });
    }
    expect(await call(core, 'templates.get', { id })).toEqual(shipped);

    const copy = await ourCopy(core);
    expect(await call(core, 'templates.delete', { id: copy.id, revision: copy.revision })).toEqual({
      deleted: 1,
    });
    expect((await callError(core, 'templates.get', { id: copy.id })).code).toBe('NOT_FOUND');
  });

  it('names the field that leaves the page, and a minimum size above the size', async () => {
    const core = await openCore({ dataDir: dir() });
    const copy = await ourCopy(core);
    const {
      id,
      version: _v,
      revision,
      builtIn: _b,
      hasBackground: _h,
      hasEmblem: _e,
      updatedAt: _u,
      ...body
    } = copy;
    const at = body.fields.findIndex((f) => f.key === 'recipient');
    const sizeAt = body.fields.findIndex((f) => f.key === 'signerName');
    const fields = body.fields.map((f, i) =>
      i === at
        ? { ...f, x: body.page.widthMm - f.width + 1 }
        : i === sizeAt
          ? { ...f, minSize: f.size + 1 }
          : f,
    );
    const error = await callError(core, 'templates.save', { id, revision, body: { ...body, fields } });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Ô “Người nhận” nằm ngoài trang giấy');
    expect(error.details?.fields?.map((f) => f.path)).toEqual([
      `body.fields.${at}.width`,
      `body.fields.${sizeAt}.minSize`,
    ]);

    const negative = body.fields.map((f, i) => (i === at ? { ...f, y: -1 } : f));
    const below = await callError(core, 'templates.save', {
      id,
      revision,
      body: { ...body, fields: negative },
    });
    expect(below.details?.fields?.map((f) => f.path)).toEqual([`body.fields.${at}.y`]);
    // A disabled field is not printed, so where it sits does not matter.
    const hidden = body.fields.map((f, i) => (i === at ? { ...f, y: -1, enabled: false } : f));
    // The refused saves changed nothing, so the revision read at first still holds.
    const saved = await call(core, 'templates.save', { id, revision, body: { ...body, fields: hidden } });
    expect(saved).toMatchObject({ version: 2, revision: revision + 1 });
    expect((await call(core, 'templates.get', { id })).version).toBe(2);
  });

  it('takes only PNG or JPEG images of at most 20 MB', async () => {
    const core = await openCore({ dataDir: dir() });
    const copy = await ourCopy(core);
    const id = copy.id;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
    const withEmblem = await call(core, 'templates.setImage', {
      id,
      revision: copy.revision,
      slot: 'emblem',
      contentBase64: jpeg.toString('base64'),
    });
    expect(withEmblem.hasEmblem).toBe(true);
    const { revision } = withEmblem;

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64');
    const pdf = Buffer.from('%PDF-1.7\n').toString('base64');
    for (const contentBase64 of [gif, pdf, 'not base64 at all!', '']) {
      const error = await callError(core, 'templates.setImage', {
        id,
        revision,
        slot: 'background',
        contentBase64,
      });
      expect(error).toMatchObject({ code: 'FILE_REJECTED', message: IMAGE_MESSAGE });
    }

    // One byte over, with a real PNG signature: refused on its length alone.
    const header = solidPng().toString('base64');
    const over = header.slice(0, 12) + 'A'.repeat(Math.ceil(((MAX_IMAGE_BYTES + 1) * 4) / 3 / 4) * 4 - 12);
    expect(base64Bytes(over)).toBeGreaterThan(MAX_IMAGE_BYTES);
    const error = await callError(core, 'templates.setImage', {
      id,
      revision,
      slot: 'background',
      contentBase64: over,
    });
    expect(error).toMatchObject({ code: 'FILE_REJECTED', message: IMAGE_MESSAGE });
    expect(await call(core, 'templates.get', { id })).toMatchObject({ hasBackground: false, revision });
  });

  it('exports a template with its images and imports it back under a new name', async () => {
    const core = await openCore({ dataDir: dir() });
    const copy = await ourCopy(core, 'Mẫu Kỳ Anh');
    const background = solidPng(8);
    const emblem = solidPng(2, [200, 0, 0]);
    const withBackground = await call(core, 'templates.setImage', {
      id: copy.id,
      revision: copy.revision,
      slot: 'background',
      contentBase64: background.toString('base64'),
    });
    await call(core, 'templates.setImage', {
      id: copy.id,
      revision: withBackground.revision,
      slot: 'emblem',
      contentBase64: emblem.toString('base64'),
    });

    const file = await call(core, 'templates.export', { id: copy.id });
    expect(file.fileName).toBe('Mẫu giấy khen - Mẫu Kỳ Anh.hoinghi-mau.json');
    expect(file.size).toBe(readFileSync(file.path).length);

    const imported = await call(core, 'templates.import', { contentBase64: writtenBase64(file) });
    expect(imported).toMatchObject({
      name: 'Mẫu Kỳ Anh (2)',
      version: 1,
      builtIn: false,
      hasBackground: true,
      hasEmblem: true,
    });
    expect(imported.fields).toEqual(copy.fields);
    const again = await call(core, 'templates.import', { contentBase64: writtenBase64(file) });
    expect(again.name).toBe('Mẫu Kỳ Anh (3)');

    const row = await core.context.store.db
      .selectFrom('certificate_templates')
      .select(['background', 'emblem'])
      .where('id', '=', imported.id)
      .executeTakeFirstOrThrow();
    expect(row.background?.equals(background)).toBe(true);
    expect(row.emblem?.equals(emblem)).toBe(true);
  });

  it('rejects a file that is not a template, or carries a bad image or a field off the page', async () => {
    const core = await openCore({ dataDir: dir() });
    const copy = await ourCopy(core);
    const good = JSON.parse(
      writtenBytes(await call(core, 'templates.export', { id: copy.id })).toString('utf8'),
    ) as { body: CertificateTemplate; backgroundBase64: string | null };
    const encode = (value: unknown) =>
      Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
    const offPage = {
      ...good,
      body: { ...good.body, fields: good.body.fields.map((f) => ({ ...f, x: 500 })) },
    };
    const before = (await call(core, 'templates.list', {})).length;
    for (const content of [
      encode('{"format": "hoi-nghi-template", '),
      encode('PK\u0003\u0004 a zip file'),
      encode({ ...good, format: 'other' }),
      encode({ ...good, backgroundBase64: Buffer.from('GIF89a').toString('base64') }),
      encode(offPage),
      encode({ ...good, version: 2 }),
      encode({ ...good, body: { ...good.body, fields: 'none' } }),
    ]) {
      const error = await callError(core, 'templates.import', { contentBase64: content });
      expect(error.code).toBe('FILE_REJECTED');
      expect(error.message).toMatch(/^Tệp mẫu không hợp lệ/);
    }
    expect(await call(core, 'templates.list', {})).toHaveLength(before);
  });
});
