import type { NomineeKind } from './nominees';

/**
 * The honoree list's sections: collectives, then individuals, then households, each in the list's
 * own order (the order of precedence the file or the entry gave). The exported list, the decision,
 * the ballots, the minutes and the screens all cut their rows this way, so that row 12 on a ballot
 * is row 12 in the list.
 */

/** Sections in the order official lists use: collectives, then individuals, then households. */
export const KIND_ORDER: readonly NomineeKind[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];

const KIND_HEADING: Record<NomineeKind, string> = {
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV": the numbering of a list's main sections. */
export function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** "Tập thể", "Cá nhân", "Hộ gia đình". */
export const kindHeading = (kind: NomineeKind): string => KIND_HEADING[kind];

export interface KindSection<T> {
  kind: NomineeKind;
  /** "I. TẬP THỂ" at level 1, "1. Tập thể" at level 2 (inside an award form). */
  title: string;
  members: T[];
}

/**
 * Cuts items already in list order into the kinds they hold, in section order; the order inside
 * each section is kept. Empty sections are left out, so the numbering has no gaps.
 */
export function sectionsByKind<T extends { kind: NomineeKind }>(
  items: readonly T[],
  level: 1 | 2 = 1,
): KindSection<T>[] {
  return KIND_ORDER.map((kind) => ({ kind, members: items.filter((item) => item.kind === kind) }))
    .filter((section) => section.members.length > 0)
    .map((section, i) => ({
      ...section,
      title:
        level === 1
          ? `${roman(i + 1)}. ${KIND_HEADING[section.kind].toLocaleUpperCase('vi')}`
          : `${i + 1}. ${KIND_HEADING[section.kind]}`,
    }));
}

/** Items in list order: by section, and inside a section as given. A new array. */
export function inListOrder<T extends { kind: NomineeKind }>(items: readonly T[]): T[] {
  return sectionsByKind(items).flatMap((section) => section.members);
}
