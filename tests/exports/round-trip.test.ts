import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { Nominee } from '../../src/shared/nominees';
import { call, useCores, useTempDir, nomineeItems } from '../helpers';
import { KY_ANH_XLSX } from '../fixtures';

/** What must survive the trip out to Excel and back in. */
const essentials = (n: Nominee) => ({
  kind: n.kind,
  fullName: n.fullName,
  position: n.position,
  unitName: n.unitName,
  achievement: n.achievement,
  awardFormName: n.awardFormName,
  notes: n.notes,
});

async function listOf(core: Core, conferenceId: number): Promise<Nominee[]> {
  return (await call(core, 'nominees.list', { conferenceId, limit: 500, sort: 'source' })).rows;
}

async function importInto(
  core: Core,
  conferenceId: number,
  fileName: string,
  bytes: Buffer,
  sheetName?: string,
) {
  let preview = await call(core, 'imports.open', {
    conferenceId,
    fileName,
    contentBase64: bytes.toString('base64'),
  });
  if (sheetName && preview.sheetName !== sheetName) {
    preview = await call(core, 'imports.remap', { importId: preview.importId, sheetName });
  }
  expect(preview.rows.filter((r) => r.issues.length > 0)).toEqual([]);
  await call(core, 'imports.commit', { importId: preview.importId, rememberMapping: false });
  return preview;
}

describe('an exported list imports back to the same honorees', () => {
  const dir = useTempDir();
  const open = useCores();

  async function exportedKyAnh() {
    const core = await open({ dataDir: join(dir(), 'data'), exportsDir: join(dir(), 'out') });
    const source = await call(core, 'conferences.createSample', {});
    await importInto(core, source.id, 'ky-anh.xlsx', readFileSync(KY_ANH_XLSX));
    const forms = await call(core, 'awards.list', {});
    const giayKhen = forms.find((f) => f.name === 'Giấy khen')?.id ?? null;
    // Texts a spreadsheet could take for formulas or for the end of a list, line breaks and a
    // household come back as they went.
    await call(core, 'nominees.create', {
      conferenceId: source.id,
      kind: 'ca_nhan',
      honorific: 'ba',
      fullName: 'Trần Thị Hương Giang',
      gender: 'nu',
      birth: '1980-03-12',
      unitName: 'Trường THCS Kỳ Hoa',
      achievement: '=HYPERLINK("http://x","bấm") và +1, -2, @3\n- Tổng số vốn vay giải ngân 2 tỷ đồng',
      awardFormId: giayKhen,
      notes: '- Đã có hai năm liền đạt danh hiệu',
    });
    await call(core, 'nominees.create', {
      conferenceId: source.id,
      kind: 'ho_gia_dinh',
      fullName: 'Hộ ông Lê Văn Tám',
      unitName: 'Thôn 15 xã Hưng Trí',
      achievement: 'Hiến 300 m² đất làm đường',
      awardFormId: giayKhen,
    });
    const before = await listOf(core, source.id);
    expect(before).toHaveLength(56);
    await call(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(
        core,
        before.map((n) => n.id),
      ),
      set: { status: 'duoc_duyet' },
    });
    const options = await call(core, 'exports.listDefaults', { conferenceId: source.id });
    const file = await call(core, 'exports.honoreeList', {
      conferenceId: source.id,
      format: 'xlsx',
      options,
    });
    expect(file.rows).toBe(56);
    return { core, before, bytes: readFileSync(file.path), fileName: file.fileName };
  }

  it('through the flat sheet, with every field', async () => {
    const { core, before, bytes, fileName } = await exportedKyAnh();
    const target = await call(core, 'conferences.create', {
      title: 'Nhập lại',
      kind: 'khac',
      startsAt: '2021-06-01',
    });
    const preview = await importInto(core, target.id, fileName, bytes);
    expect(preview.sheetName).toBe('Dữ liệu');
    const after = await listOf(core, target.id);
    const key = (n: Nominee) => `${n.kind} ${n.fullName}`;
    const sorted = (list: Nominee[]) => [...list].sort((a, b) => key(a).localeCompare(key(b), 'vi'));
    expect(sorted(after).map(essentials)).toEqual(sorted(before).map(essentials));
    const giang = after.find((n) => n.fullName === 'Trần Thị Hương Giang');
    expect(giang).toMatchObject({ honorific: 'ba', gender: 'nu', birth: '1980-03-12' });
  });

  it('through the formatted list, from its sections', async () => {
    const { core, before, bytes, fileName } = await exportedKyAnh();
    const target = await call(core, 'conferences.create', {
      title: 'Nhập lại',
      kind: 'khac',
      startsAt: '2021-06-01',
    });
    await importInto(core, target.id, fileName, bytes, 'Danh sách');
    const after = await listOf(core, target.id);
    // The formatted list is written collectives first, then individuals, then households.
    const order = { tap_the: 0, ca_nhan: 1, ho_gia_dinh: 2 } as const;
    const expected = [...before].sort((a, b) => order[a.kind] - order[b.kind] || a.id - b.id);
    expect(after.map(essentials)).toEqual(expected.map(essentials));
  });
});
