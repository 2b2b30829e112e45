import { viSortKey } from '../../shared/collation';
import { foldVietnamese } from '../../shared/text';
import { NOMINEE_KINDS, NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../shared/nominees';
import type { StatLine, StatTable } from '../../shared/statistics';
import type { AwardFormCount, ConferenceCounts, KeyCount, UnitCount } from './queries';

/**
 * Turns the raw counts of a conference (and of the one compared with it) into the lines the
 * page and the spreadsheet show. Pure: no database, so the ordering rules are tested directly.
 */

/** Compared element by element; numbers before strings never mix at one position. */
type Order = readonly (number | string)[];

/** One line's worth of one conference, before the two conferences are put side by side. */
export interface Tally {
  key: string;
  label: string;
  order: Order;
  count: number;
}

export const NONE_KEY = 'none';

export const KIND_LABELS: Record<NomineeKind, string> = {
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};

export const STATUS_LABELS: Record<NomineeStatus, string> = {
  de_nghi: 'Đề nghị',
  duoc_duyet: 'Được duyệt',
  khong_duoc_duyet: 'Không được duyệt',
  rut: 'Rút',
};

export const NO_AWARD_FORM_LABEL = 'Chưa chọn hình thức';
export const NO_UNIT_LABEL = 'Chưa rõ đơn vị';

function compareOrder(a: Order, b: Order): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/**
 * Lines for the keys either conference has, in order, zero where one of them has none.
 * Without a compared conference, `compared` is null and so is every compare count.
 */
export function mergeTallies(current: Tally[], compared: Tally[] | null): StatTable {
  const byKey = new Map<string, { tally: Tally; count: number; compareCount: number }>();
  for (const t of current) byKey.set(t.key, { tally: t, count: t.count, compareCount: 0 });
  for (const t of compared ?? []) {
    const line = byKey.get(t.key);
    if (line) line.compareCount += t.count;
    else byKey.set(t.key, { tally: t, count: 0, compareCount: t.count });
  }
  const lines: StatLine[] = [...byKey.values()]
    .sort((a, b) => compareOrder(a.tally.order, b.tally.order))
    .map(({ tally, count, compareCount }) => ({
      key: tally.key,
      label: tally.label,
      count,
      compareCount: compared ? compareCount : null,
    }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    lines,
    total: sum(lines.map((l) => l.count)),
    compareTotal: compared ? sum(lines.map((l) => l.compareCount ?? 0)) : null,
  };
}

const fixedOrder =
  <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  (rows: KeyCount[]): Tally[] =>
    rows.map((r) => ({
      key: r.key,
      label: labels[r.key as K] ?? r.key,
      // An unexpected code (none today) goes last rather than being dropped from the totals.
      order: [keys.includes(r.key as K) ? keys.indexOf(r.key as K) : keys.length, r.key],
      count: r.count,
    }));

export const kindTallies = fixedOrder(NOMINEE_KINDS, KIND_LABELS);
export const statusTallies = fixedOrder(NOMINEE_STATUSES, STATUS_LABELS);

/** Highest rank first, as certificates are handed out; forms of one rank by name; none last. */
export function awardFormTallies(rows: AwardFormCount[]): Tally[] {
  return rows.map((r) =>
    r.awardFormId === null
      ? { key: NONE_KEY, label: NO_AWARD_FORM_LABEL, order: [1], count: r.count }
      : {
          key: String(r.awardFormId),
          label: r.name ?? '',
          order: [0, -(r.rank ?? 0), viSortKey(r.name ?? ''), r.awardFormId],
          count: r.count,
        },
  );
}

/** Key of a collective counted as its own unit: its folded name, the same in every conference. */
export const ownUnitKey = (name: string): string => `tap_the:${foldVietnamese(name)}`;

/**
 * Units in Vietnamese order of their names (the stored sort key), collectives that are their own
 * unit among them by name; none last.
 */
export function unitTallies(rows: UnitCount[]): Tally[] {
  return rows.map((r) => {
    if (r.unitId !== null) {
      return {
        key: String(r.unitId),
        label: r.name ?? '',
        order: [0, r.sortKey ?? '', r.unitId],
        count: r.count,
      };
    }
    if (r.ownName !== null) {
      return {
        key: ownUnitKey(r.ownName),
        label: r.ownName,
        order: [0, viSortKey(r.ownName), 0],
        count: r.count,
      };
    }
    return { key: NONE_KEY, label: NO_UNIT_LABEL, order: [1], count: r.count };
  });
}

export interface MergedTables {
  byKind: StatTable;
  byAwardForm: StatTable;
  byUnit: StatTable;
  byStatus: StatTable;
}

export function mergeCounts(current: ConferenceCounts, compared: ConferenceCounts | null): MergedTables {
  const pair = <T>(pick: (c: ConferenceCounts) => T[], toTallies: (rows: T[]) => Tally[]) =>
    mergeTallies(toTallies(pick(current)), compared ? toTallies(pick(compared)) : null);
  return {
    byKind: pair((c) => c.byKind, kindTallies),
    byAwardForm: pair((c) => c.byAwardForm, awardFormTallies),
    byUnit: pair((c) => c.byUnit, unitTallies),
    byStatus: pair((c) => c.byStatus, statusTallies),
  };
}
