import { AlignmentType, type Paragraph, type Table } from 'docx';
import { grid } from './docx-grid';
import { headingColumns, line, nationLine, placement, rule, widthOf } from './docx-parts';
import { HEADING_OUTDENT, type FormStyle } from './layout';

/**
 * The honoree annex (danh sách kèm theo) in Word: the same heading, title, subtitle, sections,
 * numbers and count line as the Excel and PDF list, from the one list model
 * (exports/list-model.ts), filled in through the tags below.
 */

/** Issuer left, nation (or Party) right, without number or date: the annex's own heading. */
export function annexHeading(style: FormStyle): (Paragraph | Table)[] {
  const [leftWidth, rightWidth] = headingColumns(style);
  const party = style.letterhead === 'party';
  const nation = nationLine(style);
  const right = [line({ text: nation, size: style.nationSize, bold: true })];
  if (!party) right.push(line({ text: 'Độc lập - Tự do - Hạnh phúc', size: style.mottoSize, bold: true }));
  const underlined = party ? nation : 'Độc lập - Tự do - Hạnh phúc';
  return [
    placement(
      [
        {
          width: leftWidth,
          children: [
            line({ text: '{annexIssuer}', size: style.issuerSize, bold: true }),
            party ? line({ text: '*', size: style.issuerSize }) : rule(leftWidth, Math.round(leftWidth / 3)),
          ],
        },
        {
          width: rightWidth,
          children: [
            ...right,
            rule(rightWidth, widthOf(underlined, party ? style.nationSize : style.mottoSize, true)),
          ],
        },
      ],
      HEADING_OUTDENT,
    ),
    line({ text: '{annexTitle}', size: style.subjectSize, bold: true }, AlignmentType.CENTER, {
      spacing: { before: 360, after: 0 },
    }),
    line({ text: '{annexSubtitle}', size: style.bodySize - 1, italics: true }, AlignmentType.CENTER, {
      spacing: { after: 240 },
    }),
  ];
}

/** The annex table and the count line under it. */
export function annexTable(style: FormStyle): (Paragraph | Table)[] {
  return [
    grid(style, {
      columns: [
        { header: 'STT', share: 0.07, cell: '{stt}', align: 'center' },
        { header: 'Họ và tên / Tên tập thể', share: 0.3, cell: '{name}' },
        { header: 'Chức vụ', share: 0.2, cell: '{position}' },
        { header: 'Đơn vị', share: 0.23, cell: '{unit}' },
        { header: 'Hình thức khen thưởng', share: 0.2, cell: '{awardForm}', align: 'center' },
      ],
      section: { loop: 'annexSections', title: '{title}' },
      rows: 'rows',
    }),
    line({ text: '{annexCountLine}', size: style.bodySize - 1, italics: true }, AlignmentType.CENTER, {
      spacing: { before: 120 },
    }),
  ];
}
