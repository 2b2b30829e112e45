import { personSortKey, viSortKey } from '../../shared/collation';
import type { NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';

/**
 * Columns kept beside a nominee so that search, sorting and the duplicate check run in SQL:
 * folded text to search, Vietnamese sort keys, and the key that finds the same person again.
 */
export function derivedColumns(values: {
  kind: NomineeKind;
  fullName: string;
  position: string;
  achievement: string;
  unitName: string;
  unitId: number | null;
}) {
  return {
    search_folded: foldVietnamese(
      [values.fullName, values.unitName, values.position, values.achievement].join(' '),
    ),
    person_key: personKey(values.kind, values.fullName, values.unitId),
    // People are listed by given name; collectives by their whole name.
    name_sort: values.kind === 'ca_nhan' ? personSortKey(values.fullName) : viSortKey(values.fullName),
    position_sort: viSortKey(values.position),
  };
}

/** Same kind, same folded name, same unit: most likely the same person or collective. */
export function personKey(kind: NomineeKind, fullName: string, unitId: number | null): string {
  return `${kind}|${foldVietnamese(fullName)}|${unitId ?? ''}`;
}

/** The trigram index finds strings of at least this many characters. */
export const TRIGRAM = 3;

/**
 * The search as index phrases: each word on its own ("thom dinh" finds "Đinh Thị Thơm"), but a
 * word too short for the index stays joined to its neighbour ("cong an", "hieu 1"), which is
 * also far more selective than looking up "cong" alone.
 */
export function searchPhrases(words: string[]): string[] {
  const phrases: string[] = [];
  let pending = '';
  for (const word of words) {
    const last = phrases.length - 1;
    if (word.length < TRIGRAM && last >= 0 && pending === '') phrases[last] = `${phrases[last]} ${word}`;
    else if (word.length < TRIGRAM) pending = pending ? `${pending} ${word}` : word;
    else {
      phrases.push(pending ? `${pending} ${word}` : word);
      pending = '';
    }
  }
  if (pending) phrases.push(pending);
  return phrases;
}

/** An FTS5 query in which every phrase must occur as a substring: "dinh" AND "cong an". */
export function ftsQuery(phrases: string[]): string {
  return phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
}

/** The words of a search, folded: every word must occur, in any order. */
export function searchWords(search: string): string[] {
  return foldVietnamese(search)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 10);
}
