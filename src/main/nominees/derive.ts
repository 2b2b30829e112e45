import { personSortKey, viSortKey } from '../../shared/collation';
import type { NomineeKind } from '../../shared/nominees';
import { foldJoined, foldVietnamese } from '../../shared/text';

/**
 * Columns kept beside a nominee so that search, sorting and the duplicate check run in SQL:
 * folded text to search, Vietnamese sort keys, and the key that finds the same person again.
 */
export function derivedColumns(
  values: {
    kind: NomineeKind;
    fullName: string;
    position: string;
    achievement: string;
    unitName: string;
    unitId: number | null;
  },
  /** foldVietnamese, or a foldOnce shared by the rows of one write (units and achievements repeat). */
  fold: (text: string) => string = foldVietnamese,
) {
  return {
    search_folded: foldJoined([values.fullName, values.unitName, values.position, values.achievement], fold),
    person_key: personKey(values.kind, values.fullName, values.unitId, fold),
    // People are listed by given name; collectives by their whole name.
    name_sort: values.kind === 'ca_nhan' ? personSortKey(values.fullName) : viSortKey(values.fullName),
    position_sort: viSortKey(values.position),
  };
}

/** Same kind, same folded name, same unit: most likely the same person or collective. */
export function personKey(
  kind: NomineeKind,
  fullName: string,
  unitId: number | null,
  fold: (text: string) => string = foldVietnamese,
): string {
  return `${kind}|${fold(fullName)}|${unitId ?? ''}`;
}

/** The words of a search, folded: every word must occur, in any order. */
export function searchWords(search: string): string[] {
  return foldVietnamese(search)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 10);
}
