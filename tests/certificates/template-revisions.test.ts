import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { bodyOf } from '../../src/main/certificates/templates/queries';
import { STALE_RECORD } from '../../src/main/db/revision';
import type { CertificateTemplate } from '../../src/shared/certificates';
import { call, callError, useCores, useTempDir } from '../helpers';
import { solidPng } from './seed';

const dir = useTempDir();
const openCore = useCores();

async function ourCopy(core: Core): Promise<CertificateTemplate> {
  const [shipped] = await call(core, 'templates.list', {});
  if (!shipped) throw new Error('no shipped template');
  return call(core, 'templates.copy', { id: shipped.id, name: 'Giấy khen của Thị ủy' });
}

describe('a template edited from an old copy', () => {
  it('is refused after another window set an image, and saved once the editor has the latest revision', async () => {
    const core = await openCore({ dataDir: dir() });
    const opened = await ourCopy(core);
    const edited = {
      ...bodyOf(opened),
      name: 'Giấy khen đã căn lại',
      fields: opened.fields.map((f) => (f.key === 'recipient' ? { ...f, y: f.y + 3 } : f)),
    };

    // Another window adds the background: a new design version and a new revision.
    const elsewhere = await call(core, 'templates.setImage', {
      id: opened.id,
      revision: opened.revision,
      slot: 'background',
      contentBase64: solidPng().toString('base64'),
    });
    expect(elsewhere).toMatchObject({ version: 2, revision: opened.revision + 1 });

    const error = await callError(core, 'templates.save', {
      id: opened.id,
      revision: opened.revision,
      body: edited,
    });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: STALE_RECORD,
      details: { stale: { table: 'certificate_templates', id: opened.id, revision: elsewhere.revision } },
    });
    // The refused save left the design (and so the version prints record) as the other window made it.
    expect(await call(core, 'templates.get', { id: opened.id })).toEqual(elsewhere);

    // The editor reloads the record and keeps its body: saving again is a deliberate choice.
    const latest = await call(core, 'templates.get', { id: opened.id });
    const saved = await call(core, 'templates.save', {
      id: opened.id,
      revision: latest.revision,
      body: edited,
    });
    expect(saved).toMatchObject({
      name: 'Giấy khen đã căn lại',
      version: 3,
      revision: latest.revision + 1,
      hasBackground: true,
    });
    expect(saved.fields).toEqual(edited.fields);
  });

  it('is refused when two editors save the same revision: the second one loses nothing but its turn', async () => {
    const core = await openCore({ dataDir: dir() });
    const opened = await ourCopy(core);
    const first = await call(core, 'templates.save', {
      id: opened.id,
      revision: opened.revision,
      body: { ...bodyOf(opened), partyHeader: !opened.partyHeader },
    });
    expect(first.version).toBe(2);
    const second = await callError(core, 'templates.save', {
      id: opened.id,
      revision: opened.revision,
      body: { ...bodyOf(opened), name: 'Bản của cửa sổ thứ hai' },
    });
    expect(second.code).toBe('CONFLICT');
    expect(await call(core, 'templates.get', { id: opened.id })).toEqual(first);
  });

  it('is not deleted from an old list; the latest revision deletes it, and then it is gone', async () => {
    const core = await openCore({ dataDir: dir() });
    const listed = await ourCopy(core);
    const renamed = await call(core, 'templates.save', {
      id: listed.id,
      revision: listed.revision,
      body: { ...bodyOf(listed), name: 'Mẫu đang dùng' },
    });

    const stale = await callError(core, 'templates.delete', { id: listed.id, revision: listed.revision });
    expect(stale).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect(await call(core, 'templates.get', { id: listed.id })).toEqual(renamed);

    expect(await call(core, 'templates.delete', { id: listed.id, revision: renamed.revision })).toEqual({
      deleted: 1,
    });
    const gone = await callError(core, 'templates.delete', { id: listed.id, revision: renamed.revision });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('Không tìm thấy mẫu giấy khen');
  });
});
