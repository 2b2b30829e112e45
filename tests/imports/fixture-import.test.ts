import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { KY_ANH_XLSX } from '../fixtures';
import { failInserts } from '../db-access';

const fixtureBase64 = () => readFileSync(KY_ANH_XLSX).toString('base64');

const COLLECTIVES_SAMPLE = [
  'Đảng bộ Công an thị xã',
  'Chi bộ Trường Tiểu học Kỳ Thịnh I',
  'Chi bộ thôn 15 xã Hưng Trí',
];
const PEOPLE_SAMPLE = ['Nguyễn Văn Mến', 'Đinh Thị Thơm', 'Lê Thị Kim Liên', 'Huỳnh Thị Thủy', 'Bùi Thị Yến'];

describe('importing the Kỳ Anh list', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp() {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'ky-anh-2021-danh-sach-khen-thuong.xlsx',
      contentBase64: fixtureBase64(),
    });
    return { core, conference, preview };
  }

  it('previews 23 collectives and 31 individuals with every name exact and no problem', async () => {
    const { preview } = await setUp();
    expect(preview.headerRow).toBe(6);
    expect(preview.columns.filter((c) => c.field).map((c) => c.field)).toEqual([
      'stt',
      'fullName',
      'position',
      'unit',
      'achievement',
      'awardForm',
      'notes',
    ]);
    const collectives = preview.rows.filter((r) => r.kind === 'tap_the');
    const people = preview.rows.filter((r) => r.kind === 'ca_nhan');
    expect(collectives).toHaveLength(23);
    expect(people).toHaveLength(31);
    expect(preview.rows.every((r) => r.issues.length === 0)).toBe(true);
    for (const name of COLLECTIVES_SAMPLE) expect(collectives.map((r) => r.fullName)).toContain(name);
    for (const name of PEOPLE_SAMPLE) expect(people.map((r) => r.fullName)).toContain(name);
    expect(preview.rows.every((r) => r.fullName === r.fullName.normalize('NFC'))).toBe(true);
    expect(people.find((r) => r.fullName === 'Đinh Thị Thơm')).toMatchObject({
      rowNumber: 37,
      position: 'Cán bộ',
      unitName: 'Đảng bộ Công an thị xã',
      awardFormText: 'Biểu dương',
    });
  });

  it('commits every row in one go, with the file name and row numbers', async () => {
    const { core, conference, preview } = await setUp();
    const result = await call(core, 'imports.commit', { importId: preview.importId });
    expect(result).toMatchObject({ created: 54, conferenceId: conference.id });
    const page = await call(core, 'nominees.list', { conferenceId: conference.id, limit: 500 });
    expect(page.counts).toEqual({ total: 54, tap_the: 23, ca_nhan: 31, ho_gia_dinh: 0 });
    const thom = page.rows.find((r) => r.fullName === 'Đinh Thị Thơm');
    expect(thom).toMatchObject({ sourceFile: 'ky-anh-2021-danh-sach-khen-thuong.xlsx', sourceRow: 37 });
    expect(thom?.awardFormName).toBe('Giấy biểu dương');
    // The session is closed: committing again cannot write the rows twice.
    expect((await callError(core, 'imports.commit', { importId: preview.importId })).code).toBe('NOT_FOUND');
  });

  it('writes nothing when a failure happens halfway through the commit', async () => {
    const { core, conference, preview } = await setUp();
    // A trigger that aborts the insert of Excel row 40 stands in for a crash or a full disk mid-way.
    await failInserts(core.context.store, 'nominees', 'injected failure', { when: 'new.source_row = 40' });
    const error = await callError(core, 'imports.commit', { importId: preview.importId });
    expect(error.code).toBe('INTERNAL');
    const page = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(page.counts.total).toBe(0);
    expect(await call(core, 'units.list', { conferenceId: conference.id })).toEqual([]);
  });

  it('refuses to commit rows with problems unless fixed or left out', async () => {
    const { core, conference, preview } = await setUp();
    // Reading the achievements column as the award form makes every row's form unknown.
    const remapped = await call(core, 'imports.remap', {
      importId: preview.importId,
      mapping: { '4': 'awardForm' },
    });
    const broken = remapped.rows.filter((r) => r.issues.length > 0);
    expect(broken.length).toBe(54);
    const refused = await callError(core, 'imports.commit', { importId: preview.importId });
    expect(refused.code).toBe('VALIDATION');
    expect((await call(core, 'nominees.list', { conferenceId: conference.id })).counts.total).toBe(0);

    const first = broken[0];
    if (!first) throw new Error('no row');
    const result = await call(core, 'imports.commit', {
      importId: preview.importId,
      exclude: broken.slice(1).map((r) => r.rowNumber),
      edits: [{ rowNumber: first.rowNumber, kind: first.kind, fullName: first.fullName, awardFormId: null }],
    });
    expect(result.created).toBe(1);
  });

  it('remembers the column mapping for the next file with the same headings', async () => {
    const { core, conference, preview } = await setUp();
    await call(core, 'imports.remap', { importId: preview.importId, mapping: { '6': null } });
    await call(core, 'imports.commit', { importId: preview.importId });
    const again = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'lan-2.xlsx',
      contentBase64: fixtureBase64(),
    });
    expect(again.mappingRemembered).toBe(true);
    expect(again.columns.find((c) => c.index === 6)?.field).toBeNull();
    // Everyone is now already a nominee of this conference.
    expect(again.rows.every((r) => r.alreadyNominated)).toBe(true);
  });

  it('refuses a file that is not an xlsx with a clear message and writes nothing', async () => {
    const { core, conference } = await setUp();
    const error = await callError(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'danh-sach.xlsx',
      contentBase64: Buffer.from('Họ và tên;Đơn vị\nĐinh Thị Thơm;Công an').toString('base64'),
    });
    expect(error.code).toBe('FILE_REJECTED');
    expect(error.message).toContain('danh-sach.xlsx');
  });
});
