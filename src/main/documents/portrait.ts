import { formatDocumentDate } from '../../shared/dates';
import { letterhead } from './parts';
import { mm, type Content, type TDocumentDefinitions } from './pdf';

/**
 * The frame of the council's A4 portrait papers (minutes, results): Decree 30/2020 margins,
 * 13 pt text, the two-column heading with the dated place line under the motto, and the page
 * number centred at the top from the second page on.
 */

export const PORTRAIT_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];
export const BODY_SIZE = 13;
export const TABLE_SIZE = 11;
const HEAD_SIZE = 11.5;
/**
 * Wide enough for "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" at 11.5 pt; the right column keeps the rest,
 * which the motto and the dated line ("Kỳ Anh, ngày 19 tháng 12 năm 2021" at 13 pt) need.
 */
const LEFT_HEAD_WIDTH = 221;

/** "Kỳ Anh, ngày 19 tháng 5 năm 2021", or "Ngày 19 tháng 5 năm 2021" without a place. */
export function datedLine(placeName: string, date: string): string {
  const day = formatDocumentDate(date);
  const place = placeName.trim();
  return place ? `${place}, ${day}` : day.charAt(0).toUpperCase() + day.slice(1);
}

export interface PortraitPaper {
  title: string;
  organisation: string;
  partyHeader: boolean;
  dated: string;
  content: Content[];
  /** The bold line under the issuer (see LetterheadOptions.office). */
  office?: string | null;
}

export function portraitDocument(paper: PortraitPaper): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    defaultStyle: { fontSize: BODY_SIZE },
    info: { title: paper.title },
    header: (page) =>
      page > 1
        ? {
            text: String(page),
            alignment: 'center',
            fontSize: 12,
            margin: [PORTRAIT_MARGINS[0], mm(10), PORTRAIT_MARGINS[2], 0],
          }
        : null,
    content: [
      letterhead({
        organisation: paper.organisation,
        office: paper.office,
        partyHeader: paper.partyHeader,
        fontSize: HEAD_SIZE,
        leftWidth: LEFT_HEAD_WIDTH,
        rightExtra: { text: paper.dated, italics: true, fontSize: BODY_SIZE, margin: [0, 4, 0, 0] },
      }),
      ...paper.content,
    ],
  };
}
