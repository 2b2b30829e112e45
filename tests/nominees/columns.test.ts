import { describe, expect, it } from 'vitest';
import { nomineeColumns } from '../../src/renderer/src/nominees/nomineeColumns';

const ALL = { position: 31, unit: 31, source: 54 };

const keys = (width: number, filled = ALL) => nomineeColumns(width, filled).map((c) => c.key);
const widthOf = (width: number, key: string, filled = ALL) =>
  nomineeColumns(width, filled).find((c) => c.key === key)?.width ?? 0;

describe('nominee table columns', () => {
  it.each([
    [1100, ALL, ['select', 'index', 'name', 'kind', 'position', 'unit', 'awardForm', 'status', 'source']],
    // Narrow: position and unit share a column, and the source row is left out.
    [900, ALL, ['select', 'index', 'name', 'kind', 'positionUnit', 'awardForm', 'status']],
    // A list of collectives has no positions or units: those columns take no room.
    [
      1100,
      { position: 0, unit: 0, source: 23 },
      ['select', 'index', 'name', 'kind', 'awardForm', 'status', 'source'],
    ],
    [
      900,
      { position: 0, unit: 12, source: 0 },
      ['select', 'index', 'name', 'kind', 'unit', 'awardForm', 'status'],
    ],
  ])('at %i px with %o shows %o', (width, filled, expected) => {
    expect(keys(width, filled)).toEqual(expected);
  });

  it('gives the name the largest share, and never less than it needs at 1024 × 768', () => {
    for (const width of [860, 920, 1000, 1086]) {
      const columns = nomineeColumns(width, ALL);
      const name = widthOf(width, 'name');
      for (const column of columns) if (column.key !== 'name') expect(name).toBeGreaterThan(column.width);
      expect(columns.reduce((sum, c) => sum + c.width, 0)).toBeLessThanOrEqual(width);
    }
    // "Chi bộ Bảo hiểm xã hội thị xã" is about 210 px at the table's size.
    expect(widthOf(920, 'name')).toBeGreaterThanOrEqual(240);
  });

  it('gives the whole remainder to the name when no optional column has anything', () => {
    const empty = { position: 0, unit: 0, source: 0 };
    expect(widthOf(1000, 'name', empty)).toBe(1000 - 44 - 48 - 80 - 136 - 112);
  });
});
