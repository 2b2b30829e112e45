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
  // A name is seldom repeated: folded once, on its own, for both the search text and the key.
  const name = foldVietnamese(values.fullName);
  const rest = foldJoined([values.unitName, values.position, values.achievement], fold);
  return {
    search_folded: name === '' ? rest : rest === '' ? name : `${name} ${rest}`,
    person_key: personKeyOfFolded(values.kind, name, values.unitId),
    // People are listed by given name; collectives by their whole name.
    name_sort: values.kind === 'ca_nhan' ? personSortKey(values.fullName) : viSortKey(values.fullName),
    // viSortKey remembers the texts it has seen: positions repeat.
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
  return personKeyOfFolded(kind, fold(fullName), unitId);
}

const personKeyOfFolded = (kind: NomineeKind, foldedName: string, unitId: number | null): string =>
  `${kind}|${foldedName}|${unitId ?? ''}`;

/** The words of a search, folded: every word must occur, in any order. */
export function searchWords(search: string): string[] {
  return foldVietnamese(search)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 10);
}
