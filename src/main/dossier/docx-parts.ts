import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { timesWidth } from '../exports/xlsx-metrics';
import { half, HEADING_OUTDENT, HEADING_WIDTH, lineRule, TEXT_WIDTH, twips, type FormStyle } from './layout';

/**
 * The pieces every shipped Word template is made of: the two-column heading, the title and
 * subject, body paragraphs, "Nơi nhận:" beside the signature, and ruled tables. Texts may hold
 * docxtemplater tags ("{issuer}"); each tag stays inside one run so Word shows it whole.
 */

export interface RunSpec {
  text: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export const run = (spec: RunSpec): TextRun => {
  const options: IRunOptions = {
    text: spec.text,
    size: half(spec.size),
    bold: spec.bold ?? false,
    italics: spec.italics ?? false,
    ...(spec.underline ? { underline: {} } : {}),
  };
  return new TextRun(options);
};

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A paragraph without spacing, centred unless told: the heading's and signature's lines. */
export function line(
  runs: RunSpec | RunSpec[],
  align: Align = AlignmentType.CENTER,
  extra: IParagraphOptions = {},
) {
  return new Paragraph({
    alignment: align,
    // "auto" said outright: LibreOffice reads a line height without its rule as exact points.
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    ...extra,
    children: (Array.isArray(runs) ? runs : [runs]).map(run),
  });
}

/** A centred rule `width` twips long: an empty paragraph with a bottom border, narrowed by indents. */
export function rule(cellWidth: number, width: number, after = 60): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - width) / 2));
  return new Paragraph({
    spacing: { before: 0, after, line: 60, lineRule: 'exact' },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** The width of a line of Times New Roman in twips. */
export const widthOf = (text: string, size: number, bold: boolean): number =>
  Math.round(timesWidth(bold ? 'serif_bold' : 'serif', size, text) * 20);

const NO_BORDERS = TableBorders.NONE;

/**
 * A table only to place things side by side: no borders, fixed widths in twips, its one row
 * kept on one page (a signature never leaves its name behind). `outdent` pulls it into the
 * left margin.
 */
export function placement(
  columns: { width: number; children: Paragraph[] | (Paragraph | Table)[] }[],
  outdent = 0,
): Table {
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    ...(outdent > 0 ? { indent: { size: -outdent, type: WidthType.DXA } } : {}),
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              borders: NO_BORDERS,
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              children: c.children,
            }),
        ),
      }),
    ],
  });
}

export interface HeadingTexts {
  /** Tags or text; the issuer line is written in capitals by the data. */
  issuer: string;
  /** The bold line under the issuer (the council); null when the issuer itself signs. */
  issuingBody: string | null;
  /** Null for a paper that carries no number of its own (the payment list). */
  number: string | null;
  placeDate: string;
}

const STATE_NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const STATE_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PARTY_NATION = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The national line (State) or the Party's, the longest line of the right column. */
export const nationLine = (style: FormStyle): string =>
  style.letterhead === 'party' ? PARTY_NATION : STATE_NATION;

/**
 * The heading's two columns in twips: the left wide enough for the council's name in bold,
 * the right for the national line; what is left over goes to the left.
 */
export function headingColumns(style: FormStyle): [number, number] {
  const right = Math.round(widthOf(nationLine(style), style.nationSize, true) * 1.04) + 120;
  const left = HEADING_WIDTH - right;
  return [left, right];
}

/** The issuer and number top left; the nation (or Party) heading and the dated place top right. */
export function heading(style: FormStyle, texts: HeadingTexts): Table {
  const [leftWidth, rightWidth] = headingColumns(style);
  const party = style.letterhead === 'party';
  const size = style.issuerSize;
  const left: Paragraph[] =
    texts.issuingBody === null
      ? [line({ text: texts.issuer, size, bold: true })]
      : [line({ text: texts.issuer, size }), line({ text: texts.issuingBody, size, bold: true })];
  // Party papers mark the issuer with a star; State papers underline it with a short rule.
  left.push(party ? line({ text: '*', size }) : rule(leftWidth, Math.round(leftWidth / 3)));
  if (texts.number !== null)
    left.push(
      line({ text: `${style.numberPrefix}${texts.number}`, size: style.numberSize }, AlignmentType.CENTER, {
        spacing: { before: 80, after: 0 },
      }),
    );

  const right: Paragraph[] = party
    ? [
        line({ text: PARTY_NATION, size: style.nationSize, bold: true }),
        rule(rightWidth, widthOf(PARTY_NATION, style.nationSize, true)),
      ]
    : [
        line({ text: STATE_NATION, size: style.nationSize, bold: true }),
        line({ text: STATE_MOTTO, size: style.mottoSize, bold: true }),
        rule(rightWidth, widthOf(STATE_MOTTO, style.mottoSize, true)),
      ];
  right.push(
    line({ text: texts.placeDate, size: style.dateSize, italics: true }, AlignmentType.CENTER, {
      spacing: { before: 120, after: 0 },
    }),
  );
  return placement(
    [
      { width: leftWidth, children: left },
      { width: rightWidth, children: right },
    ],
    HEADING_OUTDENT,
  );
}

/** The kind of paper and its subject, centred, with the mark of the form under them. */
export function title(style: FormStyle, kind: string, subject: string[]): Paragraph[] {
  const out = [
    line({ text: kind, size: style.typeSize, bold: true }, AlignmentType.CENTER, {
      spacing: { before: 360, after: 0 },
    }),
    ...subject.map((text) => line({ text, size: style.subjectSize, bold: true })),
  ];
  // State: a short rule under the subject; Party: five dashes.
  out.push(
    style.letterhead === 'party'
      ? line({ text: '-----', size: style.subjectSize }, AlignmentType.CENTER, { spacing: { after: 240 } })
      : rule(TEXT_WIDTH, Math.round(TEXT_WIDTH / 5), 240),
  );
  return out;
}

/** A body paragraph: justified, first line indented, the form's spacing. */
export function body(style: FormStyle, runs: RunSpec[] | string, extra: IParagraphOptions = {}): Paragraph {
  const list = typeof runs === 'string' ? [{ text: runs, size: style.bodySize }] : runs;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(style.indentMm) },
    spacing: {
      before: 0,
      after: style.paragraphAfter * 20,
      line: lineRule(style.lineSpacing),
      lineRule: 'auto',
    },
    ...extra,
    children: list.map(run),
  });
}

/**
 * A paragraph repeated for each item of `loop`: docxtemplater repeats whole paragraphs only when
 * the loop's opening and closing tags stand alone in paragraphs of their own, which it removes.
 */
export function loopLines(loop: string, ...paragraphs: Paragraph[]): Paragraph[] {
  const tag = (value: string) => line({ text: value, size: 2 }, AlignmentType.LEFT);
  return [tag(`{#${loop}}`), ...paragraphs, tag(`{/${loop}}`)];
}

/** Plain body text at the body size, for `body(style, [...])`. */
export const text = (style: FormStyle, value: string, more: Partial<RunSpec> = {}): RunSpec => ({
  text: value,
  size: style.bodySize,
  ...more,
});

export interface SignatureTexts {
  capacity: string;
  title: string;
  name: string;
}

/** Capacity (T/M, KT.), title, room to sign, the name: all centred, bold. */
export function signatureBlock(style: FormStyle, texts: SignatureTexts): Paragraph[] {
  const size = style.signatureSize;
  return [
    line({ text: texts.capacity, size, bold: true }),
    line({ text: texts.title, size, bold: true }, AlignmentType.CENTER, { spacing: { after: 1500 } }),
    line({ text: texts.name, size, bold: true }),
  ];
}

/** "Nơi nhận:" and its list, one paragraph looped over the recipients. */
export function recipientsBlock(style: FormStyle, loop: string): Paragraph[] {
  const label = style.recipientsLabel;
  return [
    line(
      {
        text: 'Nơi nhận:',
        size: label.size,
        bold: label.bold,
        italics: label.italics,
        underline: label.underline,
      },
      AlignmentType.LEFT,
    ),
    ...loopLines(loop, line({ text: '- {text}', size: style.recipientsSize }, AlignmentType.LEFT)),
  ];
}

/**
 * "Nơi nhận:" left and the signature right, side by side at the end of the paper; as wide as
 * the heading, so "T/M HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" at 14 pt bold stays on one line.
 */
export function closing(style: FormStyle, recipientsLoop: string | null, signature: SignatureTexts): Table {
  const leftWidth = Math.round(HEADING_WIDTH * 0.38);
  return placement(
    [
      {
        width: leftWidth,
        children: recipientsLoop ? recipientsBlock(style, recipientsLoop) : [line({ text: '', size: 11 })],
      },
      { width: HEADING_WIDTH - leftWidth, children: signatureBlock(style, signature) },
    ],
    HEADING_OUTDENT,
  );
}

/** Two signatures side by side (the minutes: secretary and chair). */
export function twoSignatures(style: FormStyle, left: SignatureTexts, right: SignatureTexts): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  return placement([
    { width: half, children: signatureBlock(style, left) },
    { width: TEXT_WIDTH - half, children: signatureBlock(style, right) },
  ]);
}
