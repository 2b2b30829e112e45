import { AlignmentType } from 'docx';
import { annexTable } from './annex-part';
import { body, closing, heading, line, loopLines, text, title, twoSignatures } from './docx-parts';
import { grid } from './docx-grid';
import type { FormStyle } from './layout';
import { paperBytes } from './paper';

/**
 * The council's two papers as shipped: the meeting minutes (biên bản họp Hội đồng Thi đua -
 * Khen thưởng) and the proposal (tờ trình) with its honoree annex. The office may change every
 * sentence in Word; the tags ({…}) are filled from the closed poll.
 */

export function minutesTemplate(style: FormStyle): Promise<Buffer> {
  const t = (value: string) => text(style, value);
  const bold = (value: string) => text(style, value, { bold: true });
  return paperBytes(style, {
    title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    body: [
      heading(style, {
        issuer: '{issuer}',
        issuingBody: '{council}',
        number: '{number}',
        placeDate: '{placeDate}',
      }),
      ...title(style, 'BIÊN BẢN', ['Họp Hội đồng Thi đua - Khen thưởng', '{subject}']),
      body(style, [bold('Thời gian: '), t('{time}.')]),
      body(style, [bold('Địa điểm: '), t('{venue}.')]),
      body(style, [bold('Chủ trì: '), t('{chair}.')]),
      body(style, [bold('Thư ký: '), t('{secretary}.')]),
      body(style, [
        bold('Thành phần: '),
        t(
          'tổng số thành viên Hội đồng {totalMembers} người; có mặt {presentCount} người; vắng mặt {absentCount} người, trong đó {writtenOpinionCount} người có ý kiến bằng văn bản.',
        ),
      ]),
      body(style, [t('Thành viên có mặt:')]),
      ...loopLines('present', body(style, [t('{stt}. {text};')])),
      body(style, [t('Thành viên vắng mặt: {absentNames}.')]),
      body(style, [t('Thành viên vắng mặt có ý kiến bằng văn bản: {writtenOpinionNames}.')]),
      body(style, [
        bold('Nội dung: '),
        t(
          'Hội đồng xem xét, bỏ phiếu kín đối với {nomineeCount} trường hợp đề nghị khen thưởng ({countPhrase}).',
        ),
      ]),
      body(style, [
        bold('Nguyên tắc: '),
        t('{ruleText}; tỷ lệ phần trăm tính trên {denominatorLabel} ({denominatorValue}).'),
      ]),
      body(style, [
        bold('Kết quả kiểm phiếu: '),
        t(
          'số phiếu phát ra {ballotsIssued} phiếu; số phiếu thu vào {ballotsReturned} phiếu; số phiếu hợp lệ {valid} phiếu; số phiếu không hợp lệ {invalid} phiếu. {quorumText}',
        ),
      ]),
      body(style, [t('Kết quả cụ thể như sau:')]),
      grid(style, {
        columns: [
          { header: 'STT', share: 0.07, cell: '{stt}', align: 'center' },
          { header: 'Họ và tên / Tên tập thể', share: 0.28, cell: '{name}' },
          { header: 'Đơn vị', share: 0.21, cell: '{unit}' },
          { header: 'Đồng ý', share: 0.1, cell: '{agree}', align: 'center' },
          { header: 'Không đồng ý', share: 0.11, cell: '{disagree}', align: 'center' },
          { header: 'Tỷ lệ %', share: 0.1, cell: '{percent}', align: 'center' },
          { header: 'Kết quả', share: 0.13, cell: '{verdict}', align: 'center' },
        ],
        section: { loop: 'sections', title: '{title}' },
        rows: 'rows',
      }),
      body(style, [bold('Kết luận: '), t('{conclusion}')], { spacing: { before: 120, after: 120 } }),
      body(style, [
        t(
          'Biên bản được đọc lại trước Hội đồng; các thành viên dự họp nhất trí thông qua. Cuộc họp kết thúc cùng ngày./.',
        ),
      ]),
      twoSignatures(
        style,
        { capacity: 'THƯ KÝ', title: '', name: '{secretaryName}' },
        { capacity: 'CHỦ TRÌ', title: '{chairTitle}', name: '{chairName}' },
      ),
    ],
  });
}

export function proposalTemplate(style: FormStyle): Promise<Buffer> {
  const t = (value: string) => text(style, value);
  return paperBytes(style, {
    title: 'Tờ trình đề nghị khen thưởng',
    body: [
      heading(style, {
        issuer: '{issuer}',
        issuingBody: '{council}',
        number: '{number}',
        placeDate: '{placeDate}',
      }),
      ...title(style, 'TỜ TRÌNH', ['Về việc đề nghị khen thưởng', '{subject}']),
      line({ text: 'Kính gửi: {recipient}.', size: style.bodySize }, AlignmentType.CENTER, {
        spacing: { after: 240 },
      }),
      ...loopLines('legalBases', body(style, [t('{text}')])),
      body(style, [t('Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng {meetingDate},')]),
      body(style, [
        t(
          'Hội đồng Thi đua - Khen thưởng kính trình {recipient} xem xét, quyết định khen thưởng cho {countPhrase} đã có thành tích xuất sắc, cụ thể:',
        ),
      ]),
      ...loopLines('forms', body(style, [t('- {formName}: {countPhrase};')])),
      body(style, [t('(Có danh sách kèm theo).')]),
      body(style, [t('Kính trình {recipient} xem xét, quyết định./.')]),
      closing(style, 'recipients', {
        capacity: '{signerCapacity}',
        title: '{signerTitle}',
        name: '{signerName}',
      }),
    ],
    annex: annexTable(style),
  });
}
