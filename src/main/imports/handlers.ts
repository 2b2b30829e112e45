import type { Kysely } from 'kysely';
import type { ImportPreview, ImportRow } from '../../shared/imports';
import { nomineeValues, type NomineeValues } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import { listAwardForms } from '../awards/queries';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { importMethods } from '../../shared/api/contract-imports';
import type { Database } from '../db/schema';
import { personKey } from '../nominees/derive';
import { flagsFor } from '../nominees/flags';
import { unitIdsByFoldedName } from '../units/queries';
import { textGrid } from './cells';
import { columnsAtRow, detectHeader, headingSignature } from './detect-header';
import { awardFormIndex, parseRows } from './parse-rows';
import { readGrid } from './read-grid';
import type { ImportCommitJob } from './commit';
import { ImportSessions, type ImportSession } from './sessions';
import { inspectXlsx } from './xlsx-guard';
import { loadMapping } from './mappings';

type ImportHandlers = HandlersOf<typeof importMethods>;

const expired = () =>
  new AppError('NOT_FOUND', 'Phiên nhập tệp đã hết hạn hoặc đã được ghi. Hãy chọn lại tệp để nhập.');

/** Re-reads the rows of the session's sheet with its current heading row and mapping. */
async function parseSession(db: Kysely<Database>, session: ImportSession): Promise<void> {
  const sheet = session.sheets.find((s) => s.name === session.sheetName);
  if (!sheet) throw expired();
  const forms = awardFormIndex(await listAwardForms(db, true));
  session.rows =
    session.headerRow < 0 ? [] : parseRows(sheet.grid, session.headerRow, session.columns, forms);
}

/** Marks rows already nominated in this conference and those honoured in earlier ones. */
async function preview(db: Kysely<Database>, session: ImportSession): Promise<ImportPreview> {
  const units = await unitIdsByFoldedName(db);
  const keyed = session.rows.map((row, i) => ({
    id: -(i + 1),
    person_key: personKey(row.kind, row.fullName, units.get(foldVietnamese(row.unitName)) ?? null),
  }));
  const flags = await flagsFor(db, session.conferenceId, keyed);
  const existing = new Set(
    keyed.filter((k) => (flags.duplicates.get(k.id) ?? []).length > 0).map((k) => k.person_key),
  );
  const rows: ImportRow[] = session.rows.map((row, i) => {
    const key = keyed[i]?.person_key ?? '';
    return { ...row, alreadyNominated: existing.has(key), history: flags.history.get(key) ?? [] };
  });
  return {
    importId: session.id,
    fileName: session.fileName,
    sheetName: session.sheetName,
    sheetNames: session.sheets.map((s) => s.name),
    headerRow: session.headerRow + 1,
    columns: session.columns,
    rows,
    mappingRemembered: session.mappingRemembered,
  };
}

/** Values of a row as read, for rows the person did not touch. */
function valuesOf(row: ImportRow | ImportSession['rows'][number]): NomineeValues {
  return {
    kind: row.kind,
    honorific: row.honorific,
    fullName: row.fullName,
    gender: row.gender,
    birth: row.birth,
    position: row.position,
    unitName: row.unitName,
    achievement: row.achievement,
    awardFormId: row.awardFormId,
    proposingUnitName: row.proposingUnitName,
    status: 'de_nghi',
    notes: row.notes,
  };
}

/** `sessions` holds the opened files between preview and commit; the app always starts empty. */
export function importHandlers(ctx: CoreContext, sessions = new ImportSessions()): ImportHandlers {
  const { db } = ctx.store;
  /** Sessions being written, so a second click cannot write the same rows twice. */
  const committing = new Set<string>();

  return {
    'imports.open': async ({ conferenceId, fileName, contentBase64 }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      const bytes = Buffer.from(contentBase64, 'base64');
      inspectXlsx(bytes, fileName);
      const sheets = (await readGrid(bytes, fileName)).map((s) => ({ name: s.name, grid: textGrid(s) }));
      // The sheet whose heading is found with the most known columns is the list.
      const detected = sheets
        .map((s) => ({ sheet: s, header: detectHeader(s.grid) }))
        .sort(
          (a, b) =>
            b.header.columns.filter((c) => c.field).length - a.header.columns.filter((c) => c.field).length,
        );
      const best = detected[0];
      if (!best) throw new AppError('FILE_REJECTED', `Tệp “${fileName}” không có trang tính nào có dữ liệu.`);
      const remembered = await loadMapping(db, headingSignature(best.header.columns));
      const columns = remembered
        ? best.header.columns.map((c) => ({ ...c, field: remembered[c.index] ?? null }))
        : best.header.columns;
      const session = sessions.create({
        conferenceId,
        fileName,
        sheets,
        sheetName: best.sheet.name,
        headerRow: best.header.headerRow,
        columns,
        rows: [],
        mappingRemembered: remembered !== null,
      });
      await parseSession(db, session);
      return preview(db, session);
    },

    'imports.remap': async ({ importId, sheetName, headerRow, mapping }) => {
      const session = sessions.get(importId);
      if (!session) throw expired();
      if (sheetName !== undefined && sheetName !== session.sheetName) {
        const sheet = session.sheets.find((s) => s.name === sheetName);
        if (!sheet) throw notFound(`trang tính “${sheetName}”`);
        const header = detectHeader(sheet.grid);
        Object.assign(session, { sheetName, headerRow: header.headerRow, columns: header.columns });
      }
      if (headerRow !== undefined) {
        const sheet = session.sheets.find((s) => s.name === session.sheetName);
        session.headerRow = headerRow - 1;
        session.columns = sheet ? columnsAtRow(sheet.grid, headerRow - 1) : [];
      }
      if (mapping) {
        const used = new Set<string>();
        session.columns = session.columns.map((c) => {
          const field = Object.hasOwn(mapping, String(c.index))
            ? (mapping[String(c.index)] ?? null)
            : c.field;
          if (field === null || used.has(field)) return { ...c, field: null };
          used.add(field);
          return { ...c, field };
        });
      }
      session.mappingRemembered = false;
      await parseSession(db, session);
      return preview(db, session);
    },

    'imports.commit': async ({ importId, exclude, edits, rememberMapping }) => {
      const session = sessions.get(importId);
      if (!session) throw expired();
      const excluded = new Set(exclude);
      const edited = new Map(edits.map((e) => [e.rowNumber, e]));
      const accepted: { row: number; values: NomineeValues }[] = [];
      const blocked: number[] = [];
      for (const row of session.rows) {
        if (excluded.has(row.rowNumber)) continue;
        const edit = edited.get(row.rowNumber);
        if (edit) {
          const { rowNumber: _rowNumber, ...values } = edit;
          const parsed = nomineeValues.safeParse(values);
          if (parsed.success) accepted.push({ row: row.rowNumber, values: parsed.data });
          else blocked.push(row.rowNumber);
        } else if (row.issues.length > 0) {
          blocked.push(row.rowNumber);
        } else {
          accepted.push({ row: row.rowNumber, values: valuesOf(row) });
        }
      }
      if (blocked.length > 0) {
        throw new AppError(
          'VALIDATION',
          `Còn ${blocked.length} dòng có lỗi (dòng ${blocked.slice(0, 10).join(', ')}${blocked.length > 10 ? ', …' : ''}). ` +
            'Hãy sửa hoặc bỏ qua các dòng này rồi ghi lại; chưa có dòng nào được ghi.',
          { rows: blocked },
        );
      }
      if (accepted.length === 0) {
        throw new AppError('VALIDATION', 'Không có dòng nào để ghi: mọi dòng đều đã bị bỏ qua.');
      }
      const job: ImportCommitJob = {
        conferenceId: session.conferenceId,
        fileName: session.fileName,
        sheetName: session.sheetName,
        rows: accepted,
        skipped: excluded.size,
        mapping: rememberMapping
          ? { signature: headingSignature(session.columns), columns: session.columns }
          : null,
        now: ctx.now().toISOString(),
      };
      if (committing.has(importId)) throw new AppError('CONFLICT', 'Danh sách này đang được ghi.');
      committing.add(importId);
      let unitsCreated: number;
      try {
        // Written on the job's own connection, in a worker: lists keep answering meanwhile, and
        // the core's own writes wait at the gate instead of on SQLite's lock.
        ({ unitsCreated } = await ctx.gate.exclusively(() => ctx.jobs.run('imports.commit', job, ctx.store)));
      } finally {
        committing.delete(importId);
      }
      sessions.delete(importId);
      ctx.events.emit({ type: 'nominees.changed', conferenceId: session.conferenceId });
      return {
        created: accepted.length,
        unitsCreated,
        conferenceId: session.conferenceId,
      };
    },
  };
}
