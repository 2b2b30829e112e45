import type { Kysely } from 'kysely';
import { writeFile } from 'node:fs/promises';
import { addressName, clockTime, type Delegate } from '../../shared/delegates';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Database } from '../db/schema';
import { documentHeading, type DocumentHeading } from '../documents/heading';
import { gridLayout } from '../documents/parts';
import { renderPdf, type Content, type ContentNode, type TDocumentDefinitions } from '../documents/pdf';
import { datedLine, portraitDocument, TABLE_SIZE } from '../documents/portrait';
import { formatInteger } from '../documents/vn-format';
import { exportFileName, writeExport } from '../exports/files';
import { toDelegate } from './queries';

/**
 * The printable list of delegates for the sign-in desk: A4 portrait in the frame of the
 * council's papers, STT | Họ và tên | Chức vụ | Đơn vị | Số thẻ | Ký tên / Có mặt, grouped by
 * "thành phần" when the list has groups. Delegates already checked in show the time instead
 * of an empty box.
 */

export const LIST_TITLE = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ';
const HEADERS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Số thẻ', 'Ký tên / Có mặt'];
/** Tall enough to sign in. */
const ROW_PADDING = 7;

export interface DelegateListModel {
  heading: DocumentHeading;
  dated: string;
  groups: { name: string; delegates: Delegate[] }[];
  present: number;
  total: number;
}

function tableBody(model: DelegateListModel): Content[][] {
  const header = HEADERS.map((text): ContentNode => ({ text, bold: true, alignment: 'center' }));
  const body: Content[][] = [header];
  const titled = model.groups.length > 1 || (model.groups[0]?.name ?? '') !== '';
  let stt = 0;
  for (const group of model.groups) {
    if (titled) {
      body.push([
        { text: group.name || 'Đại biểu khác', bold: true, colSpan: 6, fillColor: '#f0f0f0' },
        '',
        '',
        '',
        '',
        '',
      ]);
    }
    for (const d of group.delegates) {
      stt += 1;
      body.push([
        { text: String(stt), alignment: 'center' },
        { text: addressName(d), bold: true },
        d.title,
        d.unitName,
        { text: d.badge, alignment: 'center' },
        d.checkedInAt
          ? { text: `Có mặt ${clockTime(d.checkedInAt)}`, alignment: 'center', italics: true, noWrap: true }
          : '',
      ]);
    }
  }
  return body;
}

export function delegateListDefinition(model: DelegateListModel): TDocumentDefinitions {
  const { conference } = model.heading;
  return portraitDocument({
    title: `${LIST_TITLE} - ${conference.title}`,
    organisation: model.heading.organiser,
    // The organiser issues the list, not the commendation council.
    issuingBody: null,
    partyHeader: model.heading.partyHeader,
    dated: model.dated,
    content: [
      { text: LIST_TITLE, bold: true, fontSize: 14, alignment: 'center', margin: [0, 20, 0, 0] },
      { text: conference.title, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [24, 112, 84, '*', 38, 66],
          body: tableBody(model),
        },
        layout: {
          ...gridLayout(3, ROW_PADDING),
          paddingTop: (i) => (i === 0 ? 3 : ROW_PADDING),
          paddingBottom: (i) => (i === 0 ? 3 : ROW_PADDING),
        },
        fontSize: TABLE_SIZE,
      },
      {
        text: `Tổng số: ${formatInteger(model.total)} đại biểu; đã điểm danh có mặt: ${formatInteger(model.present)}.`,
        italics: true,
        margin: [0, 8, 0, 0],
      },
    ],
  });
}

/** The delegates of a conference (one group, or all), by group then given name. */
export async function readDelegateList(
  db: Kysely<Database>,
  conferenceId: number,
  group: string,
  now: Date,
): Promise<DelegateListModel> {
  const heading = await documentHeading(db, conferenceId);
  let query = db
    .selectFrom('delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null);
  if (group !== '') query = query.where('group_name', '=', group);
  const rows = (await query.orderBy('name_sort').orderBy('id').execute()).map(toDelegate);
  const byGroup = new Map<string, Delegate[]>();
  for (const d of rows) byGroup.set(d.groupName, [...(byGroup.get(d.groupName) ?? []), d]);
  // Named groups in Vietnamese order; delegates without a group last.
  const names = [...byGroup.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'vi')));
  const day = heading.conference.startsAt.slice(0, 10) || now.toISOString().slice(0, 10);
  return {
    heading,
    dated: datedLine(heading.placeName, day),
    groups: names.map((name) => ({ name, delegates: byGroup.get(name) ?? [] })),
    present: rows.filter((d) => d.checkedInAt !== null).length,
    total: rows.length,
  };
}

export async function writeDelegateListPdf(
  ctx: CoreContext,
  conferenceId: number,
  group: string,
): Promise<ExportedFile> {
  const model = await readDelegateList(ctx.store.db, conferenceId, group, ctx.now());
  if (model.total === 0) {
    throw new AppError(
      'EMPTY_SELECTION',
      'Chưa có đại biểu nào trong danh sách (hoặc trong nhóm đã chọn); chưa tạo tệp nào.',
    );
  }
  const what = group ? `Danh sách đại biểu (${group})` : 'Danh sách đại biểu';
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName(what, model.heading.conference.title, 'pdf'),
    rows: model.total,
    write: async (path) => writeFile(path, await renderPdf(delegateListDefinition(model))),
  });
}
