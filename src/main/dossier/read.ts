import type { Kysely } from 'kysely';
import { formatDocumentDate } from '../../shared/dates';
import type { DocumentKind } from '../../shared/dossier';
import { LIST_COLUMNS, type ListOptions } from '../../shared/exports';
import { NOMINEE_STATUSES } from '../../shared/nominees';
import { AppError } from '../core/app-error';
import type { Database } from '../db/schema';
import { readAwards, readDecision } from '../decisions/queries';
import { documentHeading, type DocumentHeading } from '../documents/heading';
import { readHonorees, type Honoree } from '../exports/honorees';
import { buildListModel, decisionLine, defaultTitle } from '../exports/list-model';
import { readListOptions } from '../exports/list-options';
import { readPaymentList } from '../money/payment-list';
import { meetingTime, readMinutesInput } from '../voting/polls/minutes-input';
import { readPoll } from '../voting/polls/queries';
import { decisionData, minutesData, paymentListData, proposalData, type TemplateData } from './models';
import { decisionMoney, paymentListMoney } from './money';
import { findLegalBases } from './queries';
import { defaultLegalBases } from './shipped';

/** What a document is filled with, read from the store: the data, its form and its file name. */
export interface DocumentSource {
  conferenceId: number;
  kind: DocumentKind;
  partyHeader: boolean;
  data: TemplateData;
  /** "which" part of the file name: the poll's title, or "QĐ 12-QĐ/ThU". */
  which: string;
}

/** The list options the annex starts from: the conference's, every column available to the template. */
async function annexOptions(db: Kysely<Database>, heading: DocumentHeading, more: Partial<ListOptions>) {
  const saved = await readListOptions(db, heading);
  return { ...saved, columns: [...LIST_COLUMNS], ...more };
}

/** Every honoree of the conference among `ids`, in the list's order. */
async function honoreesAmong(
  db: Kysely<Database>,
  conferenceId: number,
  order: ListOptions['order'],
  ids: ReadonlySet<number>,
): Promise<Honoree[]> {
  const all = await readHonorees(db, conferenceId, {
    statuses: [...NOMINEE_STATUSES],
    kinds: [],
    awardFormIds: [],
    order,
  });
  return all.filter((h) => ids.has(h.id));
}

/** "Sơ kết 5 năm …" reads "sơ kết 5 năm …" inside a sentence; "UBND …" keeps its capitals. */
const lowerFirst = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;

export async function legalBasesFor(
  db: Kysely<Database>,
  issuer: string,
  partyHeader: boolean,
): Promise<string[]> {
  return (await findLegalBases(db, issuer))?.bases ?? defaultLegalBases(partyHeader);
}

export async function pollDocumentSource(
  db: Kysely<Database>,
  pollId: number,
  kind: 'minutes' | 'proposal',
  now: Date,
): Promise<DocumentSource> {
  const poll = await readPoll(db, pollId);
  if (poll.state !== 'closed')
    throw new AppError(
      'VALIDATION',
      'Cuộc bỏ phiếu chưa kết thúc: hồ sơ chỉ lập được sau khi đóng bỏ phiếu.',
    );
  const heading = await documentHeading(db, poll.conferenceId);
  const { input, members } = await readMinutesInput(db, poll, heading, now);
  const base = { conferenceId: poll.conferenceId, kind, partyHeader: heading.partyHeader, which: poll.title };
  if (kind === 'minutes') return { ...base, data: minutesData(input, members, poll.title) };

  const passed = new Set(
    poll.tally?.results.filter((r) => r.verdict === 'passed').map((r) => r.nomineeId) ?? [],
  );
  const saved = await readListOptions(db, heading);
  const honorees = await honoreesAmong(db, poll.conferenceId, saved.order, passed);
  const options = await annexOptions(db, heading, { title: defaultTitle(honorees, false) });
  const annex = buildListModel(honorees, options, heading);
  const { date } = meetingTime(poll.closedAt ?? now.toISOString());
  annex.subtitle = `(Kèm theo Tờ trình số ……/TTr-HĐTĐKT ${formatDocumentDate(date)} của Hội đồng Thi đua - Khen thưởng)`;
  const recipient = options.decisionIssuer || heading.organiser;
  return {
    ...base,
    data: proposalData({
      organisation: heading.organiser,
      placeName: heading.placeName,
      date,
      pollTitle: poll.title,
      recipient,
      legalBases: await legalBasesFor(db, recipient, heading.partyHeader),
      honorees,
      annex,
      chairName: input.presidium.name,
      recipients: [`Như trên;`, 'Lưu: VT, HĐTĐKT.'],
    }),
  };
}

export async function decisionDocumentSource(
  db: Kysely<Database>,
  decisionId: number,
  kind: 'decision' | 'paymentList',
): Promise<DocumentSource> {
  const decision = await readDecision(db, decisionId);
  const heading = await documentHeading(db, decision.conferenceId);
  const awards = await readAwards(db, decisionId);
  const saved = await readListOptions(db, heading);
  const honorees = await honoreesAmong(
    db,
    decision.conferenceId,
    saved.order,
    new Set(awards.map((a) => a.nomineeId)),
  );
  const texts = {
    decisionNumber: decision.number,
    decisionDate: decision.date,
    decisionIssuer: decision.issuer,
    signerCapacity: decision.signerCapacity,
    signerTitle: decision.signerTitle,
    signerName: decision.signerName,
  };
  const placeName = decision.placeName || heading.placeName;
  const signer = {
    capacity: decision.signerCapacity,
    title: decision.signerTitle,
    name: decision.signerName,
  };
  const base = {
    conferenceId: decision.conferenceId,
    kind,
    partyHeader: heading.partyHeader,
    which: `QĐ ${decision.number}`,
  };
  // The amounts as issued, through the model the Excel payment list draws: the same figures.
  const { list } = await readPaymentList(db, { conferenceId: decision.conferenceId, decisionId });
  if (kind === 'paymentList') {
    // Issued without any amount: every award listed, the amounts left to fill in by hand.
    const money =
      list.rows.length > 0
        ? paymentListMoney(list)
        : { rows: honorees.map((h) => ({ name: h.fullName, unit: h.unitName, form: h.awardFormName })) };
    return {
      ...base,
      data: paymentListData({
        organisation: heading.organiser,
        number: '',
        date: decision.date,
        placeName,
        decisionLine: decisionLine(texts),
        ...money,
        signer,
      }),
    };
  }
  const options = await annexOptions(db, heading, { ...texts, title: defaultTitle(honorees, true) });
  return {
    ...base,
    data: decisionData({
      organisation: heading.organiser,
      partyHeader: heading.partyHeader,
      number: decision.number,
      date: decision.date,
      placeName,
      issuer: decision.issuer || heading.organiser,
      subject: `có thành tích xuất sắc trong ${lowerFirst(heading.conference.title.trim())}`,
      proposer: 'Hội đồng Thi đua - Khen thưởng',
      legalBases: await legalBasesFor(db, decision.issuer || heading.organiser, heading.partyHeader),
      honorees,
      annex: buildListModel(honorees, options, heading),
      signer,
      recipients: ['Như Điều 3;', 'Lưu: VT, HĐTĐKT.'],
      money: decisionMoney(honorees, new Map(awards.map((a) => [a.nomineeId, a.rewardAmount])), list),
    }),
  };
}
