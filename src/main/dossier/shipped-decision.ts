import { AlignmentType } from 'docx';
import { annexTable } from './annex-part';
import { body, closing, heading, line, loopLines, text, title, twoSignatures } from './docx-parts';
import { grid } from './docx-grid';
import type { FormStyle } from './layout';
import { paperBytes } from './paper';

/**
 * The decision (quyết định khen thưởng) with its honoree annex, and the payment list (danh sách
 * nhận tiền thưởng), as shipped. The money fields stay empty for a decision issued without
 * amounts.
 */

export function decisionTemplate(style: FormStyle): Promise<Buffer> {
  const party = style.letterhead === 'party';
  const t = (value: string) => text(style, value);
  const bold = (value: string) => text(style, value, { bold: true });
  // State decisions set the legal bases and "Xét đề nghị" in italics (Decree 30, Phụ lục I).
  const basis = (value: string) => text(style, value, { italics: !party });
  return paperBytes(style, {
    title: 'Quyết định khen thưởng',
    body: [
      heading(style, { issuer: '{issuer}', issuingBody: null, number: '{number}', placeDate: '{placeDate}' }),
      ...title(style, 'QUYẾT ĐỊNH', ['Về việc khen thưởng tập thể, cá nhân', '{subject}']),
      line({ text: '{authority}', size: style.bodySize, bold: true }, AlignmentType.CENTER, {
        spacing: { after: 240 },
      }),
      ...loopLines('legalBases', body(style, [basis('{text}')])),
      body(style, [basis('Xét đề nghị của {proposer},')]),
      line({ text: 'QUYẾT ĐỊNH:', size: style.bodySize, bold: true }, AlignmentType.CENTER, {
        spacing: { before: 120, after: 240 },
      }),
      body(style, [
        bold('Điều 1. '),
        t('Khen thưởng {countPhrase} đã có thành tích xuất sắc (có danh sách kèm theo), cụ thể:'),
      ]),
      ...loopLines('forms', body(style, [t('- Tặng {formName} cho {countPhrase}{moneyText};')])),
      ...loopLines(
        'hasMoney',
        // A no-break space keeps the figure on the line of its "đồng".
        body(style, [t('Tổng số tiền thưởng: {total}\u00a0đồng (Bằng chữ: {totalInWords}).')]),
      ),
      body(style, [bold('Điều 2. '), t('{moneySource}')]),
      body(style, [bold('Điều 3. '), t('{executors}')]),
      closing(style, 'recipients', {
        capacity: '{signerCapacity}',
        title: '{signerTitle}',
        name: '{signerName}',
      }),
    ],
    annex: annexTable(style),
  });
}

export function paymentListTemplate(style: FormStyle): Promise<Buffer> {
  return paperBytes(style, {
    title: 'Danh sách nhận tiền thưởng',
    body: [
      heading(style, { issuer: '{issuer}', issuingBody: null, number: null, placeDate: '{placeDate}' }),
      line(
        { text: 'DANH SÁCH NHẬN TIỀN THƯỞNG', size: style.subjectSize, bold: true },
        AlignmentType.CENTER,
        {
          spacing: { before: 360 },
        },
      ),
      line({ text: '{decisionLine}', size: style.bodySize - 1, italics: true }, AlignmentType.CENTER, {
        spacing: { after: 240 },
      }),
      grid(style, {
        columns: [
          { header: 'STT', share: 0.07, cell: '{stt}', align: 'center' },
          { header: 'Họ và tên / Tên tập thể', share: 0.26, cell: '{name}' },
          { header: 'Đơn vị', share: 0.2, cell: '{unit}' },
          { header: 'Hình thức khen thưởng', share: 0.16, cell: '{form}' },
          // Wide enough for a bold total of "9.999.999.999" on one line at the table's size.
          { header: 'Số tiền (đồng)', share: 0.17, cell: '{amount}', align: 'right' },
          { header: 'Ký nhận', share: 0.14, cell: '', align: 'center' },
        ],
        rows: 'rows',
        total: { label: 'Tổng cộng', span: 4, cells: ['{total}', ''] },
      }),
      // Flush with the table's edge, as the Excel list has it, not indented like a paragraph.
      body(style, [text(style, 'Bằng chữ: {totalInWords}', { italics: true })], {
        indent: { firstLine: 0 },
        spacing: { before: 120, after: 240 },
      }),
      twoSignatures(
        style,
        { capacity: 'NGƯỜI LẬP DANH SÁCH', title: '', name: '{preparerName}' },
        { capacity: '{signerCapacity}', title: '{signerTitle}', name: '{signerName}' },
      ),
    ],
  });
}
