import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { KY_ANH_XLSX } from '../fixtures';

const fixtureBase64 = () => readFileSync(KY_ANH_XLSX).toString('base64');
const FILE = 'ky-anh-2021-danh-sach-khen-thuong.xlsx';

describe('importing a list that is already in the conference', () => {
  const dir = useTempDir();
  const openCore = useCores();

  /** The Kỳ Anh list opened once in a new conference, and a person of it who has a unit. */
  async function openedOnce() {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const open = () =>
      call(core, 'imports.open', {
        conferenceId: conference.id,
        fileName: FILE,
        contentBase64: fixtureBase64(),
      });
    const preview = await open();
    const row = preview.rows.find((r) => r.kind === 'ca_nhan' && r.unitName !== '');
    if (!row) throw new Error('no person with a unit');
    return { core, conference, open, preview, row };
  }

  /** The Kỳ Anh list written once, and the same file opened again. */
  async function importedTwice() {
    const { core, conference, open, preview } = await openedOnce();
    await call(core, 'imports.commit', { importId: preview.importId });
    const total = async () =>
      (await call(core, 'nominees.list', { conferenceId: conference.id })).counts.total;
    return { core, conference, again: await open(), total };
  }

  it('refuses the rows already there when the commit does not name them, and writes nothing', async () => {
    const { core, again, total } = await importedTwice();
    expect(again.rows.filter((r) => r.alreadyNominated)).toHaveLength(54);
    const error = await callError(core, 'imports.commit', { importId: again.importId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^54 dòng đã có trong danh sách hội nghị \(dòng 8, /);
    expect(error.message).toContain('chưa có dòng nào được ghi');
    expect(await total()).toBe(54);
  });

  it('refuses the whole commit when one unconfirmed row is already there', async () => {
    const { core, again, total } = await importedTwice();
    const [first, second] = again.rows;
    if (!first || !second) throw new Error('no rows');
    const others = again.rows.slice(2).map((r) => r.rowNumber);
    const error = await callError(core, 'imports.commit', {
      importId: again.importId,
      exclude: others,
      writeAlreadyNominated: [first.rowNumber],
    });
    expect(error.details).toEqual({ rows: [second.rowNumber] });
    expect(await total()).toBe(54);
  });

  it('writes a row again only when the commit names it', async () => {
    const { core, again, total } = await importedTwice();
    const [first] = again.rows;
    if (!first) throw new Error('no rows');
    const result = await call(core, 'imports.commit', {
      importId: again.importId,
      exclude: again.rows.slice(1).map((r) => r.rowNumber),
      writeAlreadyNominated: [first.rowNumber],
    });
    expect(result.created).toBe(1);
    expect(await total()).toBe(55);
  });

  it('judges a corrected row by its corrected name', async () => {
    const { core, again, total } = await importedTwice();
    const [first] = again.rows;
    if (!first) throw new Error('no rows');
    const result = await call(core, 'imports.commit', {
      importId: again.importId,
      exclude: again.rows.slice(1).map((r) => r.rowNumber),
      edits: [{ rowNumber: first.rowNumber, kind: first.kind, fullName: `${first.fullName} (chi bộ mới)` }],
    });
    expect(result.created).toBe(1);
    expect(await total()).toBe(55);
  });

  it('counts a nominee added after the preview, and writes nothing', async () => {
    const { core, conference, preview, row } = await openedOnce();
    expect(preview.rows.some((r) => r.alreadyNominated)).toBe(false);
    // Another window adds the same person (same name, same unit) before this one writes.
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: row.kind,
      fullName: row.fullName,
      unitName: row.unitName,
    });
    const error = await callError(core, 'imports.commit', { importId: preview.importId });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ rows: [row.rowNumber] });
    const listed = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(listed.counts.total).toBe(1);
  });

  it('does not flag a person whose unit is not in the catalogue yet, and writes them', async () => {
    const { core, conference, open, row } = await openedOnce();
    // Listed already, but with no unit: the row's unit is new, so it is someone else's key.
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: row.kind,
      fullName: row.fullName,
    });
    const again = await open();
    expect(again.rows.find((r) => r.rowNumber === row.rowNumber)?.alreadyNominated).toBe(false);
    const result = await call(core, 'imports.commit', { importId: again.importId });
    expect(result.created).toBe(again.rows.length);
  });
});
