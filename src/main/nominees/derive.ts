import { personSortKey, viSortKey } from '../../shared/collation';
import type { NomineeKind } from '../../shared/nominees';
import { foldJoined, foldOnce, foldVietnamese } from '../../shared/text';

/** How derivedColumns folds and sorts texts: each on its own, or remembered across one write. */
export interface TextKeys {
  fold: (text: string) => string;
  sortKey: (text: string) => string;
}

const EACH_ON_ITS_OWN: TextKeys = { fold: foldVietnamese, sortKey: viSortKey };

/** TextKeys that remember each distinct text: the rows of one import repeat units, positions, achievements. */
export function rememberedTextKeys(): TextKeys {
  return { fold: foldOnce(), sortKey: remembered(viSortKey) };
}

function remembered(key: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let k = known.get(text);
    if (k === undefined) {
      k = key(text);
      known.set(text, k);
    }
    return k;
  };
}

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
  keys: TextKeys = EACH_ON_ITS_OWN,
) {
  // A name is seldom repeated: folded once, on its own, for both the search text and the key.
  const name = foldVietnamese(values.fullName);
  const rest = foldJoined([values.unitName, values.position, values.achievement], keys.fold);
  return {
    search_folded: name === '' ? rest : rest === '' ? name : `${name} ${rest}`,
    person_key: personKeyOfFolded(values.kind, name, values.unitId),
    // People are listed by given name; collectives by their whole name.
    name_sort: values.kind === 'ca_nhan' ? personSortKey(values.fullName) : viSortKey(values.fullName),
    position_sort: keys.sortKey(values.position),
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
