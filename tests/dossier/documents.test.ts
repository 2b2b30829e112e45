import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/main/documents/vn-format';
import { A4, MARGINS } from '../../src/main/dossier/layout';
import { call, useCores, useTempDir } from '../helpers';
import { pdfText } from '../documents/poppler';
import { attributes, bodyText, convertedText, part, sections, sofficeMissing } from './docx';
import { closedPollWorld } from './seed';

/**
 * Every Word document, written through the API from a closed poll and its decision: the page,
 * the fonts, the heading, the names (NFC, every mark) and the numbers, then LibreOffice's PDF of
 * each read back with pdftotext.
 */

const NAMES = ['Chi bộ Khối dân', 'Đinh Thị Thơm', 'Nguyễn Ngọc Ẩn'];

describe('the Word dossier', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function dossier(organiser?: string) {
    const core = await openCore({ dataDir: dir() });
    const world = await closedPollWorld(core, organiser);
    const read = (file: { path: string }) => readFileSync(file.path);
    const docs = {
      minutes: read(await call(core, 'dossier.pollDocument', { pollId: world.poll.id, kind: 'minutes' })),
      proposal: read(await call(core, 'dossier.pollDocument', { pollId: world.poll.id, kind: 'proposal' })),
      decision: read(
        await call(core, 'dossier.decisionDocument', { decisionId: world.decision.id, kind: 'decision' }),
      ),
      paymentList: read(
        await call(core, 'dossier.decisionDocument', { decisionId: world.decision.id, kind: 'paymentList' }),
      ),
    };
    return { core, world, docs };
  }

  it('lays every document on A4 with the form margins, in Times New Roman, with no tag left', async () => {
    const { docs } = await dossier();
    for (const [kind, docx] of Object.entries(docs)) {
      const all = sections(docx);
      expect(all.length, kind).toBeGreaterThan(0);
      for (const section of all) {
        expect(attributes(section, 'pgSz'), kind).toMatchObject({
          w: String(A4.width),
          h: String(A4.height),
        });
        expect(attributes(section, 'pgMar'), kind).toMatchObject({
          top: String(MARGINS.top),
          bottom: String(MARGINS.bottom),
          left: String(MARGINS.left),
          right: String(MARGINS.right),
        });
      }
      // 20 mm, 30 mm, 15 mm in twips.
      expect([MARGINS.top, MARGINS.left, MARGINS.right]).toEqual([1134, 1701, 850]);
      expect(attributes(part(docx, 'word/styles.xml'), 'rFonts'), kind).toMatchObject({
        ascii: 'Times New Roman',
        hAnsi: 'Times New Roman',
      });
      const fonts = new Set(
        [...part(docx, 'word/document.xml').matchAll(/w:ascii="([^"]*)"/g)].map((m) => m[1]),
      );
      expect(
        [...fonts].filter((f) => f !== 'Times New Roman'),
        kind,
      ).toEqual([]);
      expect(bodyText(docx), kind).not.toMatch(/[{}]/);
    }
  });

  it('heads Party papers with the Party, the issuer, the star, "Số …" and the dated place', async () => {
    const { docs } = await dossier();
    const decision = bodyText(docs.decision);
    expect(decision).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(decision).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decision).toContain('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH\n*');
    expect(decision).toContain('Số 125-QĐ/ThU');
    expect(decision).toContain('Kỳ Anh, ngày 25 tháng 5 năm 2021');
    expect(decision).toContain('QUYẾT ĐỊNH\nVề việc khen thưởng tập thể, cá nhân');
    expect(decision).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(decision).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023');
    expect(decision).toMatch(/Điều 1\. Khen thưởng 1 tập thể và 2 cá nhân/);
    expect(decision).toContain('- Tặng Bằng khen cho 1 tập thể;');
    expect(decision).toContain('- Tặng Giấy khen cho 2 cá nhân;');
    expect(decision).toContain('Nơi nhận:\n- Như Điều 3;');
    expect(decision).toContain('T/M BAN THƯỜNG VỤ\nBÍ THƯ');
    // The annex: the list model's title, subtitle, sections and count line.
    expect(decision).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
    expect(decision).toContain(
      '(Kèm theo Quyết định số 125-QĐ/ThU ngày 25 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
    );
    expect(decision).toMatch(/I\. TẬP THỂ\n1\nChi bộ Khối dân/);
    expect(decision).toMatch(/II\. CÁ NHÂN\n2\nĐinh Thị Thơm/);
    expect(decision).toContain('(Danh sách có 1 tập thể và 2 cá nhân)');
    expect(decision).not.toContain('Lê Thị Kim Liên');
  });

  it('heads State papers with the national name, the motto and "Số: …"', async () => {
    const { docs } = await dossier('Ủy ban nhân dân thị xã Kỳ Anh');
    const decision = bodyText(docs.decision);
    expect(decision).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(decision).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(decision).toContain('Số: 125-QĐ/ThU');
    expect(decision).toContain('ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH');
  });

  it('writes every name composed (NFC) with every mark, whatever was typed', async () => {
    const { docs } = await dossier();
    for (const [kind, docx] of Object.entries(docs)) {
      const text = bodyText(docx);
      expect(text, kind).toBe(text.normalize('NFC'));
      for (const name of NAMES) expect(text, `${kind}: ${name}`).toContain(name);
    }
  });

  it('gives the minutes the same numbers as the PDF vote-count minutes', async () => {
    const { core, world, docs } = await dossier();
    const minutes = bodyText(docs.minutes);
    const pdf = pdfText(readFileSync((await call(core, 'polls.minutesPdf', { id: world.poll.id })).path));
    const tally = world.counted.tally;
    if (!tally) throw new Error('no tally');
    for (const result of tally.results) {
      expect(minutes).toContain(formatPercent(result.percent));
      expect(pdf).toContain(formatPercent(result.percent));
    }
    expect(minutes).toContain(
      'số phiếu phát ra 9 phiếu; số phiếu thu vào 9 phiếu; số phiếu hợp lệ 8 phiếu; số phiếu không hợp lệ 1 phiếu',
    );
    expect(minutes).toContain('tổng số thành viên Hội đồng 11 người; có mặt 9 người; vắng mặt 2 người');
    expect(minutes).toContain('Thành viên vắng mặt: Phan Đình Phùng.');
    expect(minutes).toContain('Thành viên vắng mặt có ý kiến bằng văn bản: Hồ Thị Ý.');
    expect(minutes).toContain('Chủ trì: Nguyễn Văn Khánh, Bí thư Thị ủy, Chủ tịch Hội đồng.');
    expect(minutes).toContain('Thư ký: Trần Thị Hường, Chánh Văn phòng.');
    expect(minutes).toMatch(/I\. TẬP THỂ\n1\nChi bộ Khối dân/);
    expect(minutes).toMatch(/II\. CÁ NHÂN\n2\nĐinh Thị Thơm/);
    expect(minutes).toContain('có 3 trường hợp đạt tỷ lệ phiếu đồng ý theo quy định (số thứ tự 1, 2, 3).');
    expect(pdf).toContain('(số thứ tự 1, 2, 3)');
  });

  it('proposes to the issuer the nominees who passed, with the annex', async () => {
    const { docs } = await dossier();
    const proposal = bodyText(docs.proposal);
    expect(proposal).toContain('TỜ TRÌNH');
    // The issuer of the conference's newest decision, as the honoree list cites it.
    expect(proposal).toContain('Kính gửi: Ban Thường vụ Thị ủy.');
    expect(proposal).toContain('- Bằng khen: 1 tập thể;');
    expect(proposal).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG');
    expect(proposal).not.toContain('Lê Thị Kim Liên');
  });

  it('lists the payment rows with the amounts left to fill until the money is known', async () => {
    const { docs } = await dossier();
    const list = bodyText(docs.paymentList);
    expect(list).toContain('DANH SÁCH NHẬN TIỀN THƯỞNG');
    expect(list).toContain(
      '(Kèm theo Quyết định số 125-QĐ/ThU ngày 25 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
    );
    expect(list).toMatch(/1\nChi bộ Khối dân\nĐảng bộ phường Sông Trí\nBằng khen/);
    expect(list).toContain('Tổng cộng');
    expect(list).toContain('Ký nhận');
  });

  it('refuses a poll that is not closed, saying why', async () => {
    const core = await openCore({ dataDir: dir() });
    const world = await closedPollWorld(core);
    const reopened = await call(core, 'polls.reopen', {
      id: world.poll.id,
      revision: world.poll.revision,
      reason: 'Kiểm lại phiếu',
    });
    const result = await core.dispatch('dossier.pollDocument', { pollId: reopened.id, kind: 'minutes' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'VALIDATION' });
  });

  it.skipIf(sofficeMissing !== null)(
    `opens in LibreOffice, whose PDF shows the same names and figures${sofficeMissing ? ` (skipped: ${sofficeMissing})` : ''}`,
    async () => {
      const { docs } = await dossier();
      const minutes = convertedText(docs.minutes).text;
      for (const name of NAMES) expect(minutes).toContain(name);
      for (const figure of ['72,73', '63,64', '54,55', '18,18']) expect(minutes).toContain(figure);
      const decision = convertedText(docs.decision).text;
      for (const text of [...NAMES, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 125-QĐ/ThU', 'Điều 1.', 'Nơi nhận:'])
        expect(decision).toContain(text);
      const list = convertedText(docs.paymentList).text;
      for (const name of NAMES) expect(list).toContain(name);
    },
    120_000,
  );
});
