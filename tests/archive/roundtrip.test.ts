import { sql } from 'kysely';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { AppEvent } from '../../src/shared/api/events';
import { call, conferenceInput, useCores, useTempDir, writtenBase64 } from '../helpers';
import { conferenceContent } from './content';
import { BACKGROUND, EMBLEM, LOCAL_FORM, seedRichConference } from './seed';
import { queryRows } from '../db-access';

describe('archive export and import', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function exported() {
    const source = await openCore({ dataDir: join(dir(), 'source'), version: '1.4.0' });
    const seeded = await seedRichConference(source);
    const file = await call(source, 'archive.export', { conferenceId: seeded.conference.id });
    return { source, seeded, file };
  }

  const importInto = (core: Core, file: { fileName: string; path: string }) =>
    call(core, 'archive.import', { fileName: file.fileName, contentBase64: writtenBase64(file) });

  it('writes a .hoinghi file into the exports folder that inspect describes', async () => {
    const { source, file } = await exported();
    expect(file.fileName).toBe('Lưu trữ - Hội nghị tổng kết Chỉ thị 05 năm 2021.hoinghi');
    expect(file.path).toBe(join(source.context.exportsDir, file.fileName));
    expect(file.rows).toBe(7);
    const summary = await call(source, 'archive.inspect', {
      fileName: file.fileName,
      contentBase64: writtenBase64(file),
    });
    expect(summary).toMatchObject({
      formatVersion: 1,
      appVersion: '1.4.0',
      schemaVersion: source.context.store.schemaVersion,
      title: 'Hội nghị tổng kết Chỉ thị 05 năm 2021',
      startsAt: '2021-05-19',
      endsAt: '2021-05-20',
      organiser: 'Thị ủy Kỳ Anh',
      bytes: file.size,
      counts: {
        nominees: 7,
        councilMembers: 3,
        polls: 1,
        ballots: 3,
        decisions: 1,
        awards: 4,
        prints: 5,
        templates: 2,
        agendaItems: 2,
        delegates: 2,
      },
    });
  });

  it('imports into another installation row for row, images byte for byte', async () => {
    const { source, seeded, file } = await exported();
    const target = await openCore({ dataDir: join(dir(), 'target') });
    const events: AppEvent[] = [];
    target.context.events.subscribe((e) => events.push(e));

    const result = await importInto(target, file);

    expect(result).toMatchObject({
      title: seeded.conference.title,
      awardFormsCreated: 1,
      templatesCreated: 1,
    });
    expect(result.registersCreated).toEqual(['Sổ vàng 2021']);
    expect(result.registersUsed).toEqual([]);
    expect(result.unitsCreated).toBe(6);
    const before = await conferenceContent(source, seeded.conference.id);
    const after = await conferenceContent(target, result.conferenceId);
    // The import notes where the conference came from and records itself in the audit log.
    const imported = after.conferences?.[0];
    expect(String(imported?.notes)).toMatch(
      /^Tổ chức tại Hội trường Thị ủy\nNhập từ tệp “.+\.hoinghi” ngày \d\d\/\d\d\/\d{4}\.$/,
    );
    if (imported) imported.notes = before.conferences?.[0]?.notes;
    expect(after.audit_log?.pop()).toMatchObject({ entity: 'conference', action: 'import' });
    expect(before.audit_log?.length).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const image = (core: Core, id: number, slot: 'background' | 'emblem') =>
      call(core, 'templates.image', { id, slot });
    const templates = await call(target, 'templates.list', {});
    const copy = templates.find((t) => t.name === seeded.template.name);
    expect(copy?.builtIn).toBe(false);
    expect((await image(target, copy?.id ?? 0, 'background')).contentBase64).toBe(
      BACKGROUND.toString('base64'),
    );
    expect((await image(target, copy?.id ?? 0, 'emblem')).contentBase64).toBe(EMBLEM.toString('base64'));

    const forms = await call(target, 'awards.list', { includeInactive: true });
    expect(forms.find((f) => f.name === LOCAL_FORM)).toMatchObject({ rank: 350, aliases: 'GK Đoàn' });
    const [register] = await call(target, 'registers.list', {});
    expect(register).toMatchObject({ name: 'Sổ vàng 2021', nextNumber: 129 });

    // The imported nominees are found by the accent-free search like any others.
    const found = await call(target, 'nominees.list', { conferenceId: result.conferenceId, search: 'thom' });
    expect(found.rows.map((n) => n.fullName)).toEqual(['Đinh Thị Thơm']);
    expect(events).toContainEqual({ type: 'conferences.changed', id: result.conferenceId });
    expect(events).toContainEqual({ type: 'templates.changed' });
    expect(events).toContainEqual({ type: 'awards.changed' });
  });

  it('imports twice as two conferences, reusing identical templates, leaving the others alone', async () => {
    const { source, seeded, file } = await exported();
    const target = await openCore({ dataDir: join(dir(), 'target') });
    const other = await call(
      target,
      'conferences.create',
      conferenceInput({ title: 'Hội nghị sơ kết 2023' }),
    );
    await call(target, 'nominees.create', {
      conferenceId: other.id,
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
      unitName: 'Đảng bộ xã Kỳ Hoa',
    });
    const otherBefore = await conferenceContent(target, other.id);

    const first = await importInto(target, file);
    const second = await importInto(target, file);

    expect(second.conferenceId).not.toBe(first.conferenceId);
    expect(second.templatesCreated).toBe(0);
    expect(second.unitsCreated).toBe(0);
    // The numbers 125–128 are taken in the first copy's register: the second gets its own.
    expect(second.registersCreated).toEqual(['Sổ vàng 2021 (nhập từ tệp)']);
    const titles = (await call(target, 'conferences.list', {})).map((c) => c.title).sort();
    expect(titles).toEqual(['Hội nghị sơ kết 2023', seeded.conference.title, seeded.conference.title].sort());
    expect(await conferenceContent(target, other.id)).toEqual(otherBefore);
    const awards = async (id: number) =>
      (
        await queryRows<{ register_number: string }>(
          target.context.store,
          sql`select register_number from decision_awards
            where decision_id in (select id from decisions where conference_id = ${id}) order by register_seq`,
        )
      ).map((row) => row.register_number);
    expect(await awards(second.conferenceId)).toEqual(await awards(first.conferenceId));
    expect(await awards(first.conferenceId)).toEqual(['125/KT', '126/KT', '127/KT', '128/KT']);

    // The imported person and the local one are the same person (same name, same unit).
    const flagged = await call(target, 'nominees.list', { conferenceId: other.id, search: 'thom' });
    expect(flagged.rows[0]?.history.length).toBeGreaterThan(0);
    // The source is untouched by its own export.
    expect((await call(source, 'conferences.list', {})).length).toBe(1);
  });

  it('numbers into a local register of the same name when the numbers are free, moving its counter only up', async () => {
    const { file } = await exported();
    const target = await openCore({ dataDir: join(dir(), 'target') });
    const low = await call(target, 'registers.create', { name: 'SỔ VÀNG 2021', nextNumber: 10 });
    const result = await importInto(target, file);
    expect(result.registersCreated).toEqual([]);
    expect(result.registersUsed).toEqual(['SỔ VÀNG 2021']);
    const registers = await call(target, 'registers.list', {});
    expect(registers).toHaveLength(1);
    expect(registers[0]).toMatchObject({ id: low.id, nextNumber: 129 });

    const other = await openCore({ dataDir: join(dir(), 'other') });
    const high = await call(other, 'registers.create', { name: 'Sổ vàng 2021', nextNumber: 500 });
    await importInto(other, file);
    expect((await call(other, 'registers.list', {}))[0]).toMatchObject({ id: high.id, nextNumber: 500 });
  });

  it('refuses to export a conference that does not exist', async () => {
    const core = await openCore({ dataDir: join(dir(), 'source') });
    const result = await core.dispatch('archive.export', { conferenceId: 42 });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });
});
