import type { ListColumn, ListOptions } from '../../shared/exports';
import type { NomineeKind } from '../../shared/nominees';
import { formatDocumentDate, formatTableDate } from '../../shared/dates';
import { formatInteger } from '../documents/vn-format';
import { KIND_ORDER, roman, sectionsByKind } from '../../shared/list-sections';
import type { Honoree } from './honorees';

/**
 * The honoree list as one plain structure, built by pure functions and drawn by both the Excel
 * and the PDF writer, so that the two files always carry the same heading, sections, numbers,
 * cells and signature. Layout follows the lists secretariats already send up the chain
 * (DOMAIN.md, "An honoree list in Excel").
 */

export type ColumnKey = 'stt' | ListColumn;

export interface ListColumnSpec {
  key: ColumnKey;
  header: string;
  /** Width in Excel character units; the PDF uses the same numbers as proportions. */
  width: number;
  align: 'left' | 'center';
}

export type ListLine =
  /** "I. TẬP THỂ" (level 1) or, inside a form, "1. Tập thể" (level 2): a merged, bold row. */
  { type: 'section'; level: 1 | 2; text: string } | { type: 'row'; stt: number; cells: string[] };

export interface HeadingLine {
  text: string;
  bold: boolean;
}

export interface ListModel {
  /** Issuer top left, Party name or national motto top right. */
  heading: { left: HeadingLine[]; right: HeadingLine[]; partyHeader: boolean };
  title: string;
  /** "(Kèm theo Quyết định số … ngày … của …)", or "" when the list attaches to no decision. */
  subtitle: string;
  columns: ListColumnSpec[];
  lines: ListLine[];
  /** "(Danh sách có 23 tập thể và 31 cá nhân)". */
  countLine: string;
  signature: { capacity: string; title: string; name: string };
  rowCount: number;
}

export const COLUMN_HEADERS: Record<ColumnKey, string> = {
  stt: 'STT',
  name: 'Họ và tên / Tên tập thể',
  gender: 'Giới tính',
  birth: 'Ngày sinh',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  achievement: 'Thành tích',
  awardForm: 'Hình thức khen thưởng',
  proposingUnit: 'Đơn vị đề nghị',
  notes: 'Ghi chú',
};

// Proportions that put the usual seven columns across A4 landscape at Times New Roman 13.
const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  stt: 6,
  name: 28,
  gender: 9,
  birth: 12,
  position: 22,
  unit: 28,
  achievement: 50,
  awardForm: 18,
  proposingUnit: 24,
  notes: 12,
};

const CENTRED: ReadonlySet<ColumnKey> = new Set(['stt', 'gender', 'birth', 'awardForm']);

/** How a count of each kind is written: "3 tập thể", and "mỗi tập thể" in the decision. */
export const KIND_COUNTED: Record<NomineeKind, string> = {
  tap_the: 'tập thể',
  ca_nhan: 'cá nhân',
  ho_gia_dinh: 'hộ gia đình',
};
const NO_FORM = 'Chưa có hình thức khen thưởng';

export { KIND_ORDER, roman };

const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

export function columnSpecs(columns: readonly ListColumn[]): ListColumnSpec[] {
  return (['stt', ...columns] as ColumnKey[]).map((key) => ({
    key,
    header: COLUMN_HEADERS[key],
    width: COLUMN_WIDTHS[key],
    align: CENTRED.has(key) ? 'center' : 'left',
  }));
}

/** "1975" stays; "1975-05-19" is written 19/05/1975. */
const birthText = (birth: string): string => (birth.length === 10 ? formatTableDate(birth) : birth);

export function cellText(honoree: Honoree, column: ListColumn, withHonorific: boolean): string {
  switch (column) {
    case 'name': {
      const title = honoree.honorific === 'ong' ? 'Ông' : honoree.honorific === 'ba' ? 'Bà' : '';
      return withHonorific && honoree.kind === 'ca_nhan' && title
        ? `${title} ${honoree.fullName}`
        : honoree.fullName;
    }
    case 'gender':
      return honoree.gender === 'nam' ? 'Nam' : honoree.gender === 'nu' ? 'Nữ' : '';
    case 'birth':
      return birthText(honoree.birth);
    case 'position':
      return honoree.position;
    case 'unit':
      return honoree.unitName;
    case 'achievement':
      return honoree.achievement;
    case 'awardForm':
      return honoree.awardFormName;
    case 'proposingUnit':
      return honoree.proposingUnitName;
    case 'notes':
      return honoree.notes;
  }
}

/** "23 tập thể và 31 cá nhân": the kinds present, in section order. */
export function countPhrase(honorees: readonly Honoree[]): string {
  const parts = KIND_ORDER.map((kind) => [kind, honorees.filter((h) => h.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${formatInteger(count)} ${KIND_COUNTED[kind]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1) ?? ''}`;
}

/** "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", naming only the kinds the list holds. */
export function defaultTitle(honorees: readonly Honoree[], approvedOnly: boolean): string {
  const kinds = KIND_ORDER.filter((kind) => honorees.some((h) => h.kind === kind)).map((k) =>
    upper(KIND_COUNTED[k]),
  );
  const who = kinds.length > 0 ? `${kinds.join(', ')} ` : '';
  return `DANH SÁCH ${who}${approvedOnly ? 'ĐƯỢC KHEN THƯỞNG' : 'ĐỀ NGHỊ KHEN THƯỞNG'}`;
}

const DOTS = '……';

export function decisionLine(
  options: Pick<ListOptions, 'decisionNumber' | 'decisionDate' | 'decisionIssuer'>,
): string {
  const number = options.decisionNumber || DOTS;
  const date = options.decisionDate
    ? formatDocumentDate(options.decisionDate)
    : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const issuer = options.decisionIssuer || DOTS;
  return `(Kèm theo Quyết định số ${number} ${date} của ${issuer})`;
}

interface Group {
  headings: { level: 1 | 2; text: string }[];
  members: Honoree[];
}

/** Cuts the ordered honorees into sections: by kind, or by form (highest rank first) then kind. */
function groups(honorees: readonly Honoree[], byForm: boolean): Group[] {
  const byKind = (list: readonly Honoree[], level: 1 | 2): Group[] =>
    sectionsByKind(list, level).map((section) => ({
      headings: [{ level, text: section.title }],
      members: section.members,
    }));
  if (!byForm) return byKind(honorees, 1);

  const forms = new Map<number | null, { name: string; rank: number; members: Honoree[] }>();
  for (const h of honorees) {
    const form = forms.get(h.awardFormId) ?? {
      name: h.awardFormName || NO_FORM,
      rank: h.awardFormRank,
      members: [],
    };
    form.members.push(h);
    forms.set(h.awardFormId, form);
  }
  const ordered = [...forms.values()].sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name, 'vi'));
  return ordered.flatMap((form, i) =>
    byKind(form.members, 2).map((group, j) => ({
      headings:
        j === 0
          ? [{ level: 1 as const, text: `${roman(i + 1)}. ${upper(form.name)}` }, ...group.headings]
          : group.headings,
      members: group.members,
    })),
  );
}

export interface ListHeadingInput {
  organiser: string;
  partyHeader: boolean;
}

export function listHeading({ organiser, partyHeader }: ListHeadingInput): ListModel['heading'] {
  const issuer = { text: upper(organiser.trim()), bold: true };
  return partyHeader
    ? {
        left: [issuer, { text: '*', bold: false }],
        right: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true }],
        partyHeader,
      }
    : {
        left: [issuer],
        right: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
        ],
        partyHeader,
      };
}

/** The whole list from honorees already selected and ordered by `readHonorees`. */
export function buildListModel(
  honorees: readonly Honoree[],
  options: ListOptions,
  heading: ListHeadingInput,
): ListModel {
  const approvedOnly = options.statuses.length === 1 && options.statuses[0] === 'duoc_duyet';
  const lines: ListLine[] = [];
  let stt = 0;
  for (const group of groups(honorees, options.groupByAwardForm)) {
    for (const h of group.headings) lines.push({ type: 'section', ...h });
    if (options.numbering === 'per_section') stt = 0;
    for (const honoree of group.members) {
      stt += 1;
      lines.push({
        type: 'row',
        stt,
        cells: [
          String(stt),
          ...options.columns.map((column) => cellText(honoree, column, options.withHonorific)),
        ],
      });
    }
  }
  const noDecision = !options.decisionNumber && !options.decisionDate && !options.decisionIssuer;
  return {
    heading: listHeading(heading),
    title: upper(options.title || defaultTitle(honorees, approvedOnly)),
    subtitle: noDecision && !options.statuses.includes('duoc_duyet') ? '' : decisionLine(options),
    columns: columnSpecs(options.columns),
    lines,
    countLine: honorees.length > 0 ? `(Danh sách có ${countPhrase(honorees)})` : '',
    signature: {
      capacity: upper(options.signerCapacity),
      title: upper(options.signerTitle),
      name: options.signerName,
    },
    rowCount: honorees.length,
  };
}
