import type { AwardForm } from '../../shared/awards';
import { awardFormSpellings } from '../../shared/awards';
import type { ImportColumn, ImportField, ImportIssue, ImportRow } from '../../shared/imports';
import type { NomineeKind } from '../../shared/nominees';
import { foldOnce, foldVietnamese } from '../../shared/text';
import type { CellText, TextGrid } from './cells';
import {
  isFoldedCountLine,
  isFoldedSignatureLine,
  kindOfCode,
  looksLikeSection,
  parseBirth,
  parseGender,
  sectionKind,
  splitHonorific,
  splitRank,
} from './sections';

export type ParsedRow = Omit<ImportRow, 'alreadyNominated' | 'history'>;

/** Award forms by every folded spelling, for matching what lists write. */
export function awardFormIndex(forms: AwardForm[]): Map<string, AwardForm> {
  const index = new Map<string, AwardForm>();
  for (const form of forms) {
    for (const spelling of awardFormSpellings(form)) index.set(foldVietnamese(spelling), form);
  }
  return index;
}

// A row that only numbers the columns: "(1) (2) (3)" or "1 2 3" under the headings.
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/** "Tên tập thể", "Tên đơn vị / tập thể": a list of collectives only, until a section says otherwise. */
function kindOfNameHeading(heading: string): NomineeKind {
  const folded = foldVietnamese(heading);
  const people = /ca nhan|ho va ten|ho ten|ho, ten/.test(folded);
  return !people && /tap the|don vi/.test(folded) ? 'tap_the' : 'ca_nhan';
}

/**
 * The rank goes before the position ("Đại tá, Chỉ huy trưởng…"), as lists and decisions write it:
 * the name stays the bare name that searches, sorting and earlier awards go by.
 */
function withRank(rank: string | null, position: string): string {
  if (!rank || foldVietnamese(position).startsWith(foldVietnamese(rank))) return position;
  return position === '' ? rank : `${rank}, ${position}`;
}

function encodingsOf(cells: CellText[]): string[] {
  const found: string[] = [];
  for (const cell of cells)
    if (cell.encoding !== null && !found.includes(cell.encoding)) found.push(cell.encoding);
  return found;
}

/** The distinct texts of a row's non-empty cells (a merged title repeats one text in each). */
function distinctTexts(cells: CellText[]): string[] {
  const texts: string[] = [];
  for (const cell of cells) if (cell.text !== '' && !texts.includes(cell.text)) texts.push(cell.text);
  return texts;
}

/** A row that reads like a section title but names no kind: shown, and blocking, until fixed. */
function unknownSectionRow(
  rowNumber: number,
  text: string,
  kind: NomineeKind,
  encodings: string[],
): ParsedRow {
  return {
    rowNumber,
    kind,
    honorific: null,
    fullName: text,
    gender: null,
    birth: '',
    position: '',
    unitName: '',
    achievement: '',
    awardFormId: null,
    awardFormText: '',
    proposingUnitName: '',
    notes: '',
    encodings,
    issues: [{ field: 'kind', key: 'unknownSection', value: text }],
    duplicateOfRow: null,
  };
}

/** Columns of free text, where words that end a list elsewhere are just words. */
const PROSE_FIELDS: ReadonlySet<ImportField> = new Set([
  'achievement',
  'notes',
  'position',
  'unit',
  'proposingUnit',
  'awardForm',
]);

/**
 * Reads the rows under the heading into nominee drafts: section rows set the kind of the rows
 * below them; numbering-only, blank and section rows are skipped; the count line or the
 * signature block ends the list. Problems are listed per row, nothing is thrown away silently.
 */
export function parseRows(
  grid: TextGrid,
  headerRow: number,
  columns: ImportColumn[],
  forms: Map<string, AwardForm>,
  awardCodes: ReadonlyMap<string, string> = new Map(),
  fold: (text: string) => string = foldOnce(),
): ParsedRow[] {
  const columnOf = new Map<ImportField, number>();
  for (const c of columns) if (c.field) columnOf.set(c.field, c.index);
  const get = (r: number, field: ImportField): string => {
    const c = columnOf.get(field);
    return c === undefined ? '' : (grid[r]?.[c]?.text ?? '');
  };
  /** Achievements and notes keep the line breaks they were written with. */
  const getLines = (r: number, field: ImportField): string => {
    const c = columnOf.get(field);
    const cell = c === undefined ? undefined : grid[r]?.[c];
    return cell?.lines ?? cell?.text ?? '';
  };
  const fieldAt = new Map<number, ImportField>();
  for (const c of columns) if (c.field) fieldAt.set(c.index, c.field);
  /**
   * "(Danh sách có 23 tập thể…)" or "Tổng cộng: 54" ends the list, but only outside the columns
   * of prose: an achievement that starts "Tổng số vốn vay…" is a row of the list.
   */
  const endsList = (r: number, test: (folded: string) => boolean): boolean =>
    (grid[r] ?? []).some((cell, c) => {
      const field = fieldAt.get(c);
      return cell.text !== '' && (field === undefined || !PROSE_FIELDS.has(field)) && test(fold(cell.text));
    });
  // Every mapped column but the number: a row with nothing in them is a placeholder.
  const others = columns.filter((c) => c.field !== 'stt' && c.field !== null);
  const genders = new Map<string, ReturnType<typeof parseGender>>();
  const genderOf = (text: string) => {
    if (!genders.has(text)) genders.set(text, parseGender(text));
    return genders.get(text) ?? null;
  };

  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  let kind = kindOfNameHeading(columns.find((c) => c.field === 'fullName')?.heading ?? '');

  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const distinct = distinctTexts(cells);
    if (distinct.length === 0) continue;
    const first = distinct[0] ?? '';

    // Section titles are usually merged across the row, so every cell repeats the same text.
    if (distinct.length === 1) {
      const section = sectionKind(first);
      if (section) {
        kind = section;
        continue;
      }
      if (looksLikeSection(first)) {
        rows.push(unknownSectionRow(r + 1, first, kind, encodingsOf(cells)));
        continue;
      }
    }
    if (endsList(r, isFoldedCountLine)) break;
    if (get(r, 'fullName') === '' && endsList(r, isFoldedSignatureLine)) break;
    if (distinct.every((t) => COLUMN_NUMBER.test(t))) continue;
    const nameText = get(r, 'fullName');
    // A row with only its number (STT) and nothing else is a placeholder.
    if (others.every((c) => (cells[c.index]?.text ?? '') === '')) continue;

    const issues: ImportIssue[] = [];
    const rowKind = kindOfCode(get(r, 'kind')) ?? kind;
    const person = rowKind === 'ca_nhan' ? splitHonorific(nameText) : { honorific: null, name: nameText };
    const ranked = rowKind === 'ca_nhan' ? splitRank(person.name) : { rank: null, name: person.name };
    const split = { honorific: person.honorific, name: ranked.name };
    const honorificText = fold(get(r, 'honorific'));
    const honorific =
      split.honorific ?? (honorificText === 'ong' ? 'ong' : honorificText === 'ba' ? 'ba' : null);
    if (split.name === '') issues.push({ field: 'fullName', key: 'missingName' });

    const awardFormText = awardCodes.get(fold(get(r, 'awardForm'))) ?? get(r, 'awardForm');
    const form = awardFormText === '' ? undefined : forms.get(fold(awardFormText));
    if (awardFormText !== '' && !form) {
      issues.push({ field: 'awardFormId', key: 'unknownAwardForm', value: awardFormText });
    }

    const birthText = get(r, 'birth');
    const birth = parseBirth(birthText);
    if (birth === null) issues.push({ field: 'birth', key: 'invalidBirth', value: birthText });

    const unitName = get(r, 'unit');
    const key = `${rowKind}|${fold(split.name)}|${fold(unitName)}`;
    const duplicateOfRow = split.name === '' ? null : (seen.get(key) ?? null);
    if (duplicateOfRow === null && split.name !== '') seen.set(key, r + 1);

    const encodings = encodingsOf(cells);
    rows.push({
      rowNumber: r + 1,
      kind: rowKind,
      honorific: rowKind === 'ca_nhan' ? honorific : null,
      fullName: split.name,
      gender: genderOf(get(r, 'gender')),
      birth: birth ?? '',
      position: withRank(ranked.rank, get(r, 'position')),
      unitName,
      achievement: getLines(r, 'achievement'),
      awardFormId: form?.id ?? null,
      awardFormText,
      proposingUnitName: get(r, 'proposingUnit'),
      notes: getLines(r, 'notes'),
      encodings,
      issues,
      duplicateOfRow,
    });
  }
  return rows;
}
