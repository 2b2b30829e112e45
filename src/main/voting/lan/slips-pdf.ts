import { qrCode } from '../../documents/libraries';
import { gridLayout } from '../../documents/parts';
import { mm, renderPdf, type CanvasElement, type ContentNode } from '../../documents/pdf';
import { groupCode } from './codes';
import type { IssuedSlip } from './slips';

/**
 * Electronic voting slips (phiếu bầu điện tử): eight to an A4 sheet, cut along the grid. Each
 * carries the poll's title, a QR code of the voting address with the slip's secret after "#",
 * its short code for the tellers, and the address and code to type when a camera fails.
 */

export interface SlipsInput {
  organisation: string;
  pollTitle: string;
  /** http://address:port/ */
  url: string;
  slips: IssuedSlip[];
}

const PAGE_HEIGHT = 841.89;
const MARGIN = mm(8);
const ROWS = 4;
const PADDING = 6;
/** A quarter of the printable height, less each row's padding and rule. */
const ROW_HEIGHT = (PAGE_HEIGHT - 2 * MARGIN) / ROWS - 2 * PADDING - 2;
const QR_SIZE = mm(34);

/** The QR code as filled rects, one per run of dark modules in a row: crisp at any zoom. */
function qrCanvas(text: string): ContentNode {
  const { modules } = qrCode().create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = QR_SIZE / (modules.size + 2 * quiet);
  const rects: CanvasElement[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        rects.push({
          type: 'rect',
          x: (start + quiet) * cell,
          y: (row + quiet) * cell,
          w: (col - start) * cell + 0.05,
          h: cell + 0.05,
          color: '#000000',
        });
        start = -1;
      }
    }
  }
  return { canvas: rects, width: QR_SIZE };
}

function slipCell(input: SlipsInput, slip: IssuedSlip): ContentNode {
  const label = `${slip.label.slice(0, 3)}-${slip.label.slice(3)}`;
  return {
    stack: [
      { text: input.organisation, fontSize: 7.5, alignment: 'center' },
      { text: 'PHIẾU BẦU ĐIỆN TỬ', bold: true, fontSize: 11, alignment: 'center', margin: [0, 1, 0, 0] },
      { text: input.pollTitle, fontSize: 8.5, italics: true, alignment: 'center', margin: [0, 0, 0, 3] },
      slip.memberName
        ? { text: `Thành viên: ${slip.memberName}`, bold: true, fontSize: 9, alignment: 'center' }
        : '',
      {
        columns: [
          qrCanvas(`${input.url}#${slip.code}`),
          {
            width: '*',
            stack: [
              { text: 'Mã phiếu', fontSize: 8 },
              { text: label, bold: true, fontSize: 15, margin: [0, 0, 0, 4] },
              { text: 'Quét mã QR bằng điện thoại. Không quét được thì mở:', fontSize: 7.5 },
              { text: input.url, bold: true, fontSize: 8.5 },
              { text: 'và nhập mã:', fontSize: 7.5 },
              // Two lines of three groups, so that no group is ever cut.
              { text: groupCode(slip.code.slice(0, 15)), bold: true, fontSize: 9, characterSpacing: 0.3 },
              { text: groupCode(slip.code.slice(15)), bold: true, fontSize: 9, characterSpacing: 0.3 },
            ],
          },
        ],
        columnGap: 6,
      },
    ],
  };
}

export function renderSlips(input: SlipsInput): Promise<Buffer> {
  const cells = input.slips.map((slip) => slipCell(input, slip));
  const body: ContentNode[][] = [];
  for (let i = 0; i < cells.length; i += 2)
    body.push([cells[i] as ContentNode, cells[i + 1] ?? { text: '' }]);
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: { title: `Phiếu bầu điện tử – ${input.pollTitle}` },
    defaultStyle: { fontSize: 9 },
    content: {
      table: { widths: ['*', '*'], body, heights: ROW_HEIGHT, dontBreakRows: true },
      // The grid is where the sheet is cut.
      layout: { ...gridLayout(PADDING, PADDING, 0.4), hLineColor: '#888888', vLineColor: '#888888' },
    },
  });
}
