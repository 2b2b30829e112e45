import { writeFile } from 'node:fs/promises';
import { AGENDA_KIND_LABELS, formatClock, formatMinutes, type Agenda } from '../../shared/agenda';
import { formatDocumentDate } from '../../shared/dates';
import type { DocumentHeading } from '../documents/heading';
import { gridLayout } from '../documents/parts';
import { datedLine, portraitDocument, TABLE_SIZE } from '../documents/portrait';
import { renderPdf, type Content, type ContentNode, type TDocumentDefinitions } from '../documents/pdf';

/**
 * The printed programme: the council papers' A4 portrait frame (documents/portrait.ts) headed by
 * the organiser, the title, when and where, then one row per item: planned time | item (title,
 * kind) | presenter (name, position). Rows never split across pages; the header row repeats.
 */

export const PROGRAMME_TITLE = 'CHƯƠNG TRÌNH HỘI NGHỊ';
const HEADERS = ['Thời gian', 'Nội dung', 'Người trình bày'];

/** "07:30, ngày 19 tháng 5 năm 2021" (the time only when the conference gives one). */
function whenLine(agenda: Agenda, startsAt: string): string {
  const day = formatDocumentDate(startsAt.slice(0, 10));
  return agenda.startAssumed
    ? day.charAt(0).toUpperCase() + day.slice(1)
    : `${formatClock(agenda.startMinute)}, ${day}`;
}

function itemRow(item: Agenda['items'][number]): Content[] {
  const time: ContentNode = {
    text: `${formatClock(item.plannedStartMinute)} - ${formatClock(item.plannedEndMinute)}`,
    alignment: 'center',
    noWrap: true,
  };
  const content: ContentNode = {
    stack: [
      { text: item.title, bold: true },
      {
        text: `${AGENDA_KIND_LABELS[item.kind]} · ${formatMinutes(item.durationMinutes)}`,
        italics: true,
        fontSize: 10,
      },
    ],
  };
  const presenter: ContentNode = {
    stack: [
      { text: item.presenter || ' ', bold: true },
      ...(item.presenterTitle ? [{ text: item.presenterTitle, italics: true, fontSize: 10 }] : []),
    ],
  };
  return [time, content, presenter];
}

export function programmeDefinition(heading: DocumentHeading, agenda: Agenda): TDocumentDefinitions {
  const { conference } = heading;
  const venue = conference.venue.trim();
  const header = HEADERS.map((text): ContentNode => ({ text, bold: true, alignment: 'center' }));
  return portraitDocument({
    title: `Chương trình hội nghị - ${conference.title}`,
    organisation: heading.organiser,
    partyHeader: heading.partyHeader,
    issuingBody: null,
    dated: datedLine(heading.placeName, conference.startsAt.slice(0, 10)),
    content: [
      { text: PROGRAMME_TITLE, bold: true, fontSize: 15, alignment: 'center', margin: [0, 20, 0, 2] },
      { text: conference.title, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: `Thời gian: ${whenLine(agenda, conference.startsAt)}`, italics: true, alignment: 'center' },
      ...(venue ? [{ text: `Địa điểm: ${venue}`, italics: true, alignment: 'center' as const }] : []),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [84, '*', 150],
          body: [header, ...agenda.items.map(itemRow)],
        },
        layout: gridLayout(4, 3),
        fontSize: TABLE_SIZE,
        margin: [0, 12, 0, 0],
      },
      {
        text:
          `Tổng thời lượng dự kiến: ${formatMinutes(agenda.totalMinutes)}; ` +
          `dự kiến kết thúc lúc ${formatClock(agenda.endMinute)}.`,
        italics: true,
        fontSize: TABLE_SIZE,
        margin: [0, 6, 0, 0],
      },
    ],
  });
}

export async function writeProgrammePdf(
  heading: DocumentHeading,
  agenda: Agenda,
  path: string,
): Promise<void> {
  await writeFile(path, await renderPdf(programmeDefinition(heading, agenda)));
}
