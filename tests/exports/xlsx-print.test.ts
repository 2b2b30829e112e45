import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Honoree } from '../../src/main/exports/honorees';
import { buildListModel } from '../../src/main/exports/list-model';
import { writeListXlsx } from '../../src/main/exports/xlsx-list';
import { listLayout } from '../../src/main/exports/xlsx-list-layout';
import { pageBreaks } from '../../src/main/exports/xlsx-list-pages';
import { LIST_SHEET } from '../../src/main/exports/xlsx-list-sheet';
import { inflateEntry, readZipDirectory } from '../../src/main/imports/zip-directory';
import { listOptionsRecord } from '../../src/shared/exports';
import { useTempDir } from '../helpers';

// Points between two wrapped lines of Times New Roman 13.
const LINE = 16.5;
// Wraps to three lines in the achievement column: checked in LibreOffice 7.4, and wider than
// two lines there by its Times New Roman widths, so in Excel too.
const THREE_LINES =
  'Có mô hình “Dân vận khéo” tiêu biểu; vận động Nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn năm 2020.';
const OPTIONS = listOptionsRecord.parse({
  decisionNumber: '123-QĐ/ThU',
  decisionDate: '2021-05-19',
  decisionIssuer: 'Ban Thường vụ Thị ủy',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Nguyễn Văn A',
});
const HEADING = { organiser: 'Ban Chấp hành Đảng bộ thị xã Kỳ Anh', partyHeader: true };

function honoree(id: number, kind: Honoree['kind'], achievement: string): Honoree {
  return {
    id,
    kind,
    honorific: kind === 'ca_nhan' ? 'ba' : null,
    fullName: kind === 'ca_nhan' ? `Đinh Thị Thơm ${id}` : `Chi bộ thôn ${id} xã Kỳ Hoa`,
    gender: null,
    birth: '',
    position: kind === 'ca_nhan' ? 'Cán bộ' : '',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    achievement,
    awardFormId: 4,
    awardFormName: 'Giấy khen',
    awardFormRank: 700,
    proposingUnitName: '',
    status: 'duoc_duyet',
    notes: '',
  };
}

async function written(dir: string, honorees: Honoree[]) {
  const model = buildListModel(honorees, OPTIONS, HEADING);
  const path = join(dir, 'list.xlsx');
  await writeListXlsx(model, honorees, path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(LIST_SHEET);
  if (!sheet) throw new Error('no list sheet');
  const bytes = new Uint8Array(readFileSync(path));
  let xml = '';
  for (const entry of readZipDirectory(bytes, 100)) {
    if (entry.name !== 'xl/worksheets/sheet1.xml') continue;
    const chunks: Buffer[] = [];
    for await (const chunk of inflateEntry(bytes, entry)) chunks.push(chunk);
    xml = Buffer.concat(chunks).toString('utf8');
  }
  const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
  return { model, layout: listLayout(model), sheet, breaks };
}

describe('the printed honoree list', () => {
  const dir = useTempDir();

  it('gives a row holding a three-line achievement the height of three lines', async () => {
    const { layout, sheet } = await written(dir(), [honoree(1, 'tap_the', THREE_LINES)]);
    // Row firstLineRow is "I. TẬP THỂ"; the collective follows it.
    expect(sheet.getRow(layout.firstLineRow + 1).height).toBeGreaterThanOrEqual(3 * LINE);
  });

  it('breaks pages between table rows: data on page 1, the signature with the last row, never a page of headings alone', async () => {
    const achievements = [
      'Hoàn thành tốt nhiệm vụ',
      THREE_LINES,
      'Điển hình tiên tiến trong xây dựng nông thôn mới, đô thị văn minh',
    ];
    const honorees = Array.from({ length: 60 }, (_, i) =>
      honoree(i + 1, i < 23 ? 'tap_the' : 'ca_nhan', achievements[i % 3] ?? ''),
    );
    const { layout, sheet, breaks } = await written(dir(), honorees);
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    // Page 1 holds the headings and table rows.
    expect(breaks[0]).toBeGreaterThan(layout.firstLineRow);
    // Every later page starts with a table row under the repeated heading...
    for (const b of breaks) expect(b + 1).toBeLessThanOrEqual(layout.lastLineRow);
    // ...and the last one carries the last row, the count line and the whole signature.
    expect(breaks.at(-1)).toBeLessThan(layout.lastLineRow);
    // "II. CÁ NHÂN" never ends a page.
    for (const b of breaks) expect(sheet.getRow(b).getCell(1).value).not.toBe('II. CÁ NHÂN');
  });

  it('moves the last row over with a signature that does not fit under it', () => {
    // Rows 1–3 headings and table heading, 4–9 table rows (4 a section), 10–14 the closing block.
    const heights = [0, 20, 20, 30, 20, 50, 50, 50, 50, 50, 20, 20, 20, 60, 20];
    const keep = (row: number) => row < 4 || row === 4 || (row >= 9 && row < 14);
    const breaks = pageBreaks({ heights, lastRow: 14, headerRow: 3, capacity: 340, keepWithNext: keep });
    // 1..9 fit (340) but would leave the closing block alone under the repeated heading.
    expect(breaks).toEqual([8]);
    // A section heading that would end a page goes over with its first row.
    const section = pageBreaks({
      heights: [0, 20, 20, 30, 20, 100, 100, 30, 100],
      lastRow: 8,
      headerRow: 3,
      capacity: 300,
      keepWithNext: (row) => row < 4 || row === 7,
    });
    expect(section).toEqual([6]);
  });
});
