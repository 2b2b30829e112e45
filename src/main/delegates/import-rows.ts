import {
  normalizeBadge,
  BADGE_MAX,
  type DelegateImportField,
  type DelegateImportRow,
} from '../../shared/delegates';
import { LIMITS } from '../../shared/fields';
import type { ImportIssue } from '../../shared/imports';
import { foldVietnamese } from '../../shared/text';
import type { TextGrid } from '../imports/cells';
import type { HeaderColumn } from '../imports/detect-header';
import { headingMatcher } from '../imports/headings';
import { isCountLine, isSignatureLine, splitHonorific } from '../imports/sections';

/** Column headings of delegate lists, folded, for each field (see imports/headings.ts). */
export const matchDelegateHeading = headingMatcher<DelegateImportField>({
  stt: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  fullName: ['ho va ten', 'ho ten', 'ho, ten', 'ho va ten dai bieu', 'ten dai bieu', 'dai bieu'],
  honorific: ['danh xung', 'ong/ba', 'ong, ba'],
  title: ['chuc vu', 'chuc danh', 'chuc vu, chuc danh', 'chuc vu/chuc danh', 'chuc vu / chuc danh'],
  unit: ['don vi', 'co quan', 'co quan, don vi', 'don vi cong tac', 'co quan cong tac', 'noi cong tac'],
  group: ['nhom', 'thanh phan', 'doan', 'nhom dai bieu', 'thanh phan dai bieu', 'doan dai bieu'],
  seat: ['ghe', 'so ghe', 'vi tri ngoi', 'vi tri', 'cho ngoi', 'so cho ngoi'],
  badge: ['so the', 'ma dai bieu', 'so the dai bieu', 'ma the', 'ma so'],
  notes: ['ghi chu', 'ghi chu khac'],
});

export type ParsedDelegateRow = Omit<DelegateImportRow, 'alreadyListed'>;

// A row that only numbers the columns: "(1) (2) (3)" or "1 2 3" under the headings.
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
// "I. ĐẠI BIỂU TRUNG ƯƠNG", "B - KHÁCH MỜI": a section heading that names the group below it.
const GROUP_HEADING = /^\s*(?:[IVXLC]+|[A-Da-d])\s*[.):-]\s*(\S.*)$/;
const SECTION_NUMBER = /^(?:[IVXLC]+|[A-D])\.?$/;

/**
 * The group a section row names: "I. KHÁCH MỜI" merged across the row, or "I" in the STT column
 * beside "KHÁCH MỜI"; null for a row of the list.
 */
function sectionHeading(distinct: string[], stt: string): string | null {
  const tidy = (text: string) => text.trim().replace(/[:.]+$/, '');
  const [first, second] = distinct;
  if (distinct.length === 1 && first) {
    const match = GROUP_HEADING.exec(first);
    return match?.[1] ? tidy(match[1]) : null;
  }
  if (distinct.length === 2 && first === stt && second && SECTION_NUMBER.test(stt)) return tidy(second);
  return null;
}

/** The key two rows are "the same person" by: folded name and unit. */
export const personKey = (fullName: string, unitName: string): string =>
  `${foldVietnamese(fullName)}|${foldVietnamese(unitName)}`;

/**
 * Reads the rows under the heading into delegate drafts, with the nominee import's rules: the
 * count line or signature block ends the list, numbering rows and blank rows are skipped,
 * "Ông"/"Bà" is split off the name. A section row ("I. KHÁCH MỜI") sets the group of the rows
 * below it that have none of their own. Problems are listed per row.
 */
export function parseDelegateRows(
  grid: TextGrid,
  headerRow: number,
  columns: HeaderColumn<DelegateImportField>[],
): ParsedDelegateRow[] {
  const columnOf = new Map<DelegateImportField, number>();
  for (const c of columns) if (c.field) columnOf.set(c.field, c.index);
  const get = (r: number, field: DelegateImportField): string => {
    const c = columnOf.get(field);
    return c === undefined ? '' : (grid[r]?.[c]?.text ?? '');
  };
  const mapped = columns.filter((c) => c.field !== null && c.field !== 'stt');

  const rows: ParsedDelegateRow[] = [];
  const seenPeople = new Map<string, number>();
  const seenBadges = new Map<string, number>();
  let sectionGroup = '';

  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const texts = cells.map((c) => c.text).filter((t) => t !== '');
    if (texts.length === 0) continue;
    const distinct = [...new Set(texts)];
    if (texts.some(isCountLine)) break;
    if (get(r, 'fullName') === '' && texts.some(isSignatureLine)) break;
    if (texts.every((t) => COLUMN_NUMBER.test(t))) continue;
    const heading = sectionHeading(distinct, get(r, 'stt'));
    if (heading !== null && get(r, 'badge') === '') {
      sectionGroup = heading;
      continue;
    }
    if (mapped.every((c) => (grid[r]?.[c.index]?.text ?? '') === '')) continue;

    const issues: ImportIssue[] = [];
    const split = splitHonorific(get(r, 'fullName'));
    const honorificText = foldVietnamese(get(r, 'honorific'));
    const honorific =
      split.honorific ?? (honorificText === 'ong' ? 'ong' : honorificText === 'ba' ? 'ba' : null);
    if (split.name === '') issues.push({ field: 'fullName', key: 'missingName' });
    if (split.name.length > LIMITS.line) issues.push({ field: 'fullName', key: 'tooLong' });

    const badgeText = get(r, 'badge');
    const badge = normalizeBadge(badgeText);
    if (badge.length > BADGE_MAX) issues.push({ field: 'badge', key: 'tooLong', value: badgeText });
    if (badge !== '') {
      const earlier = seenBadges.get(badge);
      if (earlier !== undefined)
        issues.push({ field: 'badge', key: 'badgeRepeated', value: `${badge} (dòng ${earlier})` });
      else seenBadges.set(badge, r + 1);
    }

    const unitName = get(r, 'unit');
    const key = personKey(split.name, unitName);
    const duplicateOfRow = split.name === '' ? null : (seenPeople.get(key) ?? null);
    if (duplicateOfRow === null && split.name !== '') seenPeople.set(key, r + 1);

    rows.push({
      rowNumber: r + 1,
      honorific,
      fullName: split.name,
      title: get(r, 'title'),
      unitName,
      groupName: get(r, 'group') || sectionGroup,
      seat: get(r, 'seat'),
      badge,
      notes: get(r, 'notes'),
      encodings: [...new Set(cells.map((c) => c.encoding).filter((e) => e !== null))],
      issues,
      duplicateOfRow,
    });
  }
  return rows;
}
