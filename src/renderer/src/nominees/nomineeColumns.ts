import type { NomineeFilled, NomineeSortColumn } from '../../../shared/nominees';

export type NomineeColumnKey =
  | 'select'
  | 'index'
  | 'name'
  | 'kind'
  | 'position'
  | 'unit'
  | 'positionUnit'
  | 'awardForm'
  | 'status'
  | 'source';

export interface NomineeColumn {
  key: NomineeColumnKey;
  sort: NomineeSortColumn | null;
  /** Pixels. */
  width: number;
}

/** Columns whose content is short and known: they get what it needs, never a share. */
const FIXED: Record<'select' | 'index' | 'kind' | 'awardForm' | 'status' | 'source', number> = {
  select: 44,
  index: 48,
  kind: 80,
  awardForm: 136,
  status: 112,
  source: 84,
};

/** Below this width position and unit share one column, so the name keeps room to be read. */
export const MERGE_BELOW = 1000;
/** Below this width the source row is left out: it is the least needed while working the list. */
export const SOURCE_BELOW = 1000;

/**
 * The nominee table's columns for a width in pixels. The name gets the largest share of what the
 * short columns leave; a column that is empty for every matching nominee gets no room at all.
 */
export function nomineeColumns(width: number, filled: NomineeFilled): NomineeColumn[] {
  const showPosition = filled.position > 0;
  const showUnit = filled.unit > 0;
  const merge = showPosition && showUnit && width < MERGE_BELOW;
  const showSource = filled.source > 0 && width >= SOURCE_BELOW;

  const fixed =
    FIXED.select +
    FIXED.index +
    FIXED.kind +
    FIXED.awardForm +
    FIXED.status +
    (showSource ? FIXED.source : 0);
  const rest = Math.max(width - fixed, 240);
  // Shares of what is left: the name first, then the unit (longer than a position).
  const shares: [NomineeColumnKey, number][] = merge
    ? [
        ['name', 0.55],
        ['positionUnit', 0.45],
      ]
    : [
        ['name', showPosition && showUnit ? 0.42 : showPosition || showUnit ? 0.6 : 1],
        ...(showPosition ? ([['position', showUnit ? 0.25 : 0.4]] as [NomineeColumnKey, number][]) : []),
        ...(showUnit ? ([['unit', showPosition ? 0.33 : 0.4]] as [NomineeColumnKey, number][]) : []),
      ];
  const share = new Map(shares.map(([key, part]) => [key, Math.floor(rest * part)]));
  const flexible = (key: NomineeColumnKey, sort: NomineeSortColumn): NomineeColumn[] =>
    share.has(key) ? [{ key, sort, width: share.get(key) ?? 0 }] : [];

  return [
    { key: 'select', sort: null, width: FIXED.select },
    { key: 'index', sort: null, width: FIXED.index },
    ...flexible('name', 'name'),
    { key: 'kind', sort: 'kind', width: FIXED.kind },
    ...flexible('position', 'position'),
    ...flexible('unit', 'unit'),
    ...flexible('positionUnit', 'unit'),
    { key: 'awardForm', sort: 'awardForm', width: FIXED.awardForm },
    { key: 'status', sort: 'status', width: FIXED.status },
    ...(showSource ? [{ key: 'source' as const, sort: 'source' as const, width: FIXED.source }] : []),
  ];
}
