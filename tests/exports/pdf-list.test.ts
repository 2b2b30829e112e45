import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Honoree } from '../../src/main/exports/honorees';
import { buildListModel, type ListModel } from '../../src/main/exports/list-model';
import { writeListPdf } from '../../src/main/exports/pdf-list';
import { planList } from '../../src/main/exports/pdf-list-layout';
import { CONTENT_WIDTH, wrap, type Measure, type PlannedPage } from '../../src/main/exports/pdf-list-page';
import { columnWidths } from '../../src/main/exports/pdf-list-table';
import { listOptionsRecord, type ListOptions } from '../../src/shared/exports';
import { pdfPages, pdfText, squeeze } from '../documents/poppler';
import { call, useCores, useTempDir } from '../helpers';

/** Every Vietnamese vowel in every tone (and none), upper and lower case, and đ/Đ. */
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const NAMES = [
  ...BASES.flatMap((base) =>
    [base, base.toLocaleUpperCase('vi')].map(
      (b) => `Mai ${TONES.map((t) => (b + t).normalize('NFC')).join(' ')}`,
    ),
  ),
  'Đinh Thị Thơm đĐ',
];

function honoree(i: number, kind: Honoree['kind'], fullName: string): Honoree {
  return {
    id: i + 1,
    kind,
    honorific: kind === 'ca_nhan' ? (i % 2 ? 'ong' : 'ba') : null,
    fullName,
    gender: null,
    birth: '',
    position: kind === 'ca_nhan' ? 'Bí thư Chi bộ' : '',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    // No digits: the test reads STT numbers from the starts of lines.
    achievement:
      'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    awardFormId: 1,
    awardFormName: 'Giấy khen',
    awardFormRank: 500,
    proposingUnitName: '',
    status: 'duoc_duyet',
    notes: '',
  };
}

const COLLECTIVES = ['Chi bộ Khối dân', 'Chi bộ thôn Tây Yên'];
const PEOPLE = 58;

function honorees(): Honoree[] {
  return [
    ...COLLECTIVES.map((name, i) => honoree(i, 'tap_the', name)),
    // Every third name arrives decomposed (NFD), as lists typed on some machines do.
    ...Array.from({ length: PEOPLE }, (_, i) => {
      const name = NAMES[i % NAMES.length] ?? '';
      return honoree(i + 2, 'ca_nhan', i % 3 === 0 ? name.normalize('NFD') : name);
    }),
  ];
}

const OPTIONS: ListOptions = listOptionsRecord.parse({
  decisionNumber: '123-QĐ/ThU',
  decisionDate: '2021-05-19',
  decisionIssuer: 'Ban Thường vụ Thị ủy',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Hoàng Văn Bình',
});

function model(list = honorees()): ListModel {
  return buildListModel(list, OPTIONS, {
    organiser: 'Ban Chấp hành Đảng bộ thị xã Kỳ Anh',
    partyHeader: true,
  });
}

function poppler(tool: 'pdfinfo' | 'pdffonts', file: string): string {
  return execFileSync(join('/usr/bin', tool), [file], { encoding: 'utf8' });
}

/** STT numbers in reading order: the first figure of each table line that starts with one. */
const sttNumbers = (text: string): number[] =>
  [...text.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1]));

describe('list PDF', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('writes the official list on A4 landscape, the header row on every page, in NFC', async () => {
    const file = join(dir(), 'list.pdf');
    await writeListPdf(model(), file);
    const pdf = readFileSync(file);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);

    const first = squeeze(pdfText(pdf, 1));
    for (const phrase of [
      'BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KỲ ANH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
      '(Kèm theo Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
      'I. TẬP THỂ',
      'II. CÁ NHÂN',
      '1 Chi bộ Khối dân',
    ])
      expect(first).toContain(phrase);
    expect(first).toMatch(/^\s*\*\s*$/m);

    for (let page = 2; page <= pages; page++) {
      const text = pdfText(pdf, page);
      // Every page with rows repeats the header row (the last may hold only the signature).
      if (page < pages || sttNumbers(text).length > 0)
        expect(squeeze(text), `page ${page}`).toMatch(/^ ?STT .*Chức vụ .*Đơn vị .*Thành tích/m);
      expect(squeeze(text), `page ${page}`).toContain(`Trang ${page}/${pages}`);
    }

    const all = pdfText(pdf);
    expect(sttNumbers(all)).toEqual(Array.from({ length: COLLECTIVES.length + PEOPLE }, (_, i) => i + 1));
    expect(all).toBe(all.normalize('NFC'));
    for (const name of NAMES) expect(all).toContain(name);

    // The count line and the whole signature block share the last page.
    const last = squeeze(pdfText(pdf, pages));
    for (const phrase of [
      '(Danh sách có 2 tập thể và 58 cá nhân)',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Hoàng Văn Bình',
    ])
      expect(last).toContain(phrase);
    expect(last.indexOf('T/M BAN THƯỜNG VỤ')).toBeLessThan(last.indexOf('Hoàng Văn Bình'));
  });

  it('is what the list export writes for the PDF format', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị sơ kết',
      kind: 'so_ket',
      startsAt: '2021-05-19',
      organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    });
    for (const fullName of ['Đinh Thị Thơm', 'Bùi Thị Yến'])
      await call(core, 'nominees.create', {
        conferenceId: conference.id,
        kind: 'ca_nhan',
        fullName,
        status: 'duoc_duyet',
      });
    const file = await call(core, 'exports.honoreeList', {
      conferenceId: conference.id,
      format: 'pdf',
      options: OPTIONS,
      fileName: '',
    });
    expect(file.fileName).toBe('Danh sách cá nhân được khen thưởng - Hội nghị sơ kết.pdf');
    expect(file.rows).toBe(2);
    const text = squeeze(pdfText(readFileSync(file.path)));
    for (const phrase of ['BAN THƯỜNG VỤ THỊ ỦY KỲ ANH', 'I. CÁ NHÂN', '1 Đinh Thị Thơm', '2 Bùi Thị Yến'])
      expect(text).toContain(phrase);
  });

  it('embeds every font it uses', async () => {
    const file = join(dir(), 'fonts.pdf');
    await writeListPdf(model(honorees().slice(0, 5)), file);
    const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/NotoSerif.*CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('writes the national motto for a state issuer, and one page without a page number', async () => {
    const file = join(dir(), 'state.pdf');
    const [collective, , person] = honorees();
    if (!collective || !person) throw new Error('no honorees');
    const state = buildListModel([collective, person], OPTIONS, {
      organiser: 'Ủy ban nhân dân phường Sông Trí',
      partyHeader: false,
    });
    await writeListPdf(state, file);
    const pdf = readFileSync(file);
    expect(pdfPages(pdf)).toBe(1);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG SÔNG TRÍ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).not.toContain('Trang 1');
  });
});

/** A fixed-pitch stand-in for the fonts: 6 pt a character at 11 pt, whatever the face. */
const measure: Measure = (text, _face, size) => [...text].length * size * 0.55;

const pageWith = (pages: PlannedPage[], text: string): number =>
  pages.findIndex((page) => page.texts.some((run) => run.text === text));

describe('list layout', () => {
  it('wraps at spaces, keeps explicit line breaks and cuts a word longer than the column', () => {
    expect(wrap('Đinh Thị Thơm', 'normal', 10, 50, measure)).toEqual(['Đinh Thị', 'Thơm']);
    expect(wrap('một\nhai ba', 'normal', 10, 1000, measure)).toEqual(['một', 'hai ba']);
    expect(wrap('abcdefghij', 'normal', 10, 22, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 'normal', 10, 22, measure)).toEqual(['']);
  });

  it('fills the printable width, giving STT room for its largest number', () => {
    const columns = model().columns;
    const widths = columnWidths(columns, 10000, CONTENT_WIDTH);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    expect(widths[0]).toBeGreaterThan(columnWidths(columns, 9, CONTENT_WIDTH)[0] ?? Infinity);
    // The rest keep the model's proportions.
    expect((widths[3] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(
      (columns[3]?.width ?? 0) / (columns[1]?.width ?? 1),
      6,
    );
  });

  it('never leaves a section heading or the count line alone at a page foot', () => {
    // Shift the sections and the closing through every position on the page, with the list cut
    // by kind (I. TẬP THỂ, II. CÁ NHÂN) and by form (I. BẰNG KHEN, 1. Cá nhân, II. GIẤY KHEN, …).
    for (const groupByAwardForm of [false, true])
      for (let people = 1; people <= 30; people++) {
        const list = [
          ...Array.from({ length: people }, (_, i) => honoree(i, 'tap_the', `Tập thể ${i + 1}`)),
          ...Array.from({ length: people }, (_, i) => ({
            ...honoree(people + i, 'ca_nhan', `Người ${i + 1}`),
            // Rows of five or six lines: a heading must keep the whole of its first row.
            achievement: honoree(0, 'ca_nhan', '').achievement.repeat(2),
            awardFormId: 2,
            awardFormName: 'Bằng khen',
            awardFormRank: 900,
          })),
        ];
        const built = buildListModel(
          list,
          { ...OPTIONS, groupByAwardForm },
          { organiser: 'Thị ủy', partyHeader: true },
        );
        const pages = planList(built, measure);
        const where = `${groupByAwardForm ? 'by form' : 'by kind'}, ${people}`;
        built.lines.forEach((line, i) => {
          if (line.type !== 'section') return;
          const row = built.lines.slice(i).find((l) => l.type === 'row');
          const name = row?.type === 'row' ? (row.cells[1] ?? '') : '';
          expect(pageWith(pages, line.text), `${where}: ${line.text}`).toBe(pageWith(pages, name));
        });
        const closing = pageWith(pages, built.countLine);
        expect(closing, where).toBe(pageWith(pages, 'Hoàng Văn Bình'));
        // The signature never stands on a page of its own: the last row comes over with it.
        expect(pages[closing]?.tableRows, where).toBeGreaterThan(0);
        // Every page holding table rows starts them under a header row.
        for (const page of pages.filter((p) => p.tableRows > 0))
          expect(page.texts.some((run) => run.text === 'STT')).toBe(true);
      }
  });

  it('splits a row taller than a whole page over several, keeping every line', () => {
    const long = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(' ');
    const list = [
      honoree(0, 'ca_nhan', 'Người đầu tiên'),
      { ...honoree(1, 'ca_nhan', 'Dài'), achievement: long },
    ];
    const pages = planList(model(list), measure);
    const words = pages.flatMap((p) => p.texts.flatMap((run) => run.text.split(' ')));
    for (let i = 0; i < 400; i++) expect(words).toContain(`từ${i}`);
    // It cannot fit any page, so it starts where it is and runs on over the next pages.
    expect(pageWith(pages, 'Dài')).toBe(0);
    const lastWord = pages.findIndex((p) => p.texts.some((run) => run.text.includes('từ399')));
    expect(lastWord).toBeGreaterThan(0);
  });
});
