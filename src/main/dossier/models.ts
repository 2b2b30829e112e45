import { formatDocumentDate } from '../../shared/dates';
import type { CouncilMember, MemberRole } from '../../shared/voting';
import { COUNCIL_NAME, upper } from '../documents/parts';
import { datedLine } from '../documents/portrait';
import { formatInteger, formatPercent } from '../documents/vn-format';
import type { Honoree } from '../exports/honorees';
import { countPhrase, type ListModel } from '../exports/list-model';
import {
  conclusionText,
  numberedRows,
  quorumSentence,
  VERDICT_LABELS,
  type MinutesInput,
} from '../voting/minutes-pdf';

/**
 * The data each Word document is filled with, built by pure functions from what the core
 * already reads for the PDF papers and the Excel lists. Every text is NFC; numbers are written
 * the Vietnamese way (1.567; 77,78). The tags are listed in tags.ts.
 */

export type TemplateData = Record<string, unknown>;

const DOTS = '……';
const nfc = (value: string): string => value.normalize('NFC').trim();
const orDots = (value: string): string => nfc(value) || DOTS;
const items = (texts: readonly string[]) => texts.map((text) => ({ text: nfc(text) }));

const ROLE_LABELS: Record<MemberRole, string> = {
  chu_tich: 'Chủ tịch Hội đồng',
  pho_chu_tich: 'Phó Chủ tịch Hội đồng',
  thu_ky: 'Thư ký Hội đồng',
  thanh_vien: 'Ủy viên',
  kiem_phieu: 'Ủy viên',
};

const person = (m: CouncilMember): string =>
  m.title.trim() ? `${nfc(m.name)}, ${nfc(m.title)}` : nfc(m.name);
const names = (list: readonly CouncilMember[]): string =>
  list.length > 0 ? list.map((m) => nfc(m.name)).join(', ') : 'không';

/** The Word twin of the vote-count minutes: the same input, so the same numbers. */
export function minutesData(
  input: MinutesInput,
  members: readonly CouncilMember[],
  pollTitle: string,
): TemplateData {
  const chair = members.find((m) => m.role === 'chu_tich');
  const secretary = members.find((m) => m.role === 'thu_ky');
  const present = members.filter((m) => m.presence === 'present');
  const absent = members.filter((m) => m.presence !== 'present');
  const written = members.filter((m) => m.presence === 'written_opinion');
  const chairName = chair ? nfc(chair.name) : nfc(input.presidium.name);
  const kinds = input.rows.map((r) => ({ kind: r.kind }) as Pick<Honoree, 'kind'>);
  return {
    issuer: nfc(input.organisation),
    council: COUNCIL_NAME,
    number: `${DOTS}/BB-HĐTĐKT`,
    placeDate: datedLine(input.placeName, input.date),
    subject: nfc(pollTitle),
    pollTitle: nfc(pollTitle),
    time: orDots(input.time),
    venue: orDots(input.venue),
    chair: chair ? `${person(chair)}, ${ROLE_LABELS.chu_tich}` : orDots(chairName),
    chairName,
    chairTitle: nfc(input.presidium.title),
    secretary: secretary ? person(secretary) : DOTS,
    secretaryName: secretary ? nfc(secretary.name) : '',
    totalMembers: formatInteger(input.totalMembers),
    presentCount: formatInteger(input.present),
    absentCount: formatInteger(Math.max(0, input.totalMembers - input.present)),
    writtenOpinionCount: formatInteger(input.writtenOpinions),
    present: present.map((m, i) => ({
      stt: i + 1,
      name: nfc(m.name),
      title: nfc(m.title),
      text: `${person(m)} – ${ROLE_LABELS[m.role]}`,
    })),
    absentNames: names(absent.filter((m) => m.presence === 'absent')),
    writtenOpinionNames: names(written),
    nomineeCount: formatInteger(input.rows.length),
    countPhrase: countPhrase(kinds as Honoree[]),
    ruleText: nfc(input.ruleText),
    denominatorLabel: nfc(input.denominatorLabel),
    denominatorValue: formatInteger(input.denominatorValue),
    ballotsIssued: formatInteger(input.ballotsIssued),
    ballotsReturned: formatInteger(input.ballotsReturned),
    valid: formatInteger(input.valid),
    invalid: formatInteger(input.invalid),
    quorumText: quorumSentence(input),
    sections: numberedRows(input.rows).map((section) => ({
      title: section.title,
      rows: section.rows.map((row) => ({
        stt: String(row.stt),
        name: nfc(row.name),
        unit: nfc(row.unit),
        agree: formatInteger(row.agree),
        disagree: formatInteger(row.disagree),
        percent: formatPercent(row.percent),
        verdict: VERDICT_LABELS[row.verdict],
      })),
    })),
    conclusion: conclusionText(input).replace(/^Kết quả kiểm phiếu: /, ''),
    signerCapacity: '',
    signerTitle: nfc(input.presidium.title),
    signerName: chairName,
  };
}

/** The honoree list model as the annex's tags: its heading, title, sections and rows. */
export function annexData(model: ListModel): TemplateData {
  const sections: { title: string; rows: Record<string, string>[] }[] = [];
  for (const line of model.lines) {
    if (line.type === 'section') {
      sections.push({ title: line.text, rows: [] });
      continue;
    }
    let current = sections.at(-1);
    if (!current) {
      current = { title: '', rows: [] };
      sections.push(current);
    }
    current.rows.push(Object.fromEntries(model.columns.map((c, i) => [c.key, nfc(line.cells[i] ?? '')])));
  }
  return {
    annexIssuer: model.heading.left[0]?.text ?? '',
    annexTitle: model.title,
    annexSubtitle: model.subtitle,
    annexCountLine: model.countLine,
    annexSections: sections,
  };
}

/** Honorees by award form, highest rank first: "Giấy khen: 2 tập thể và 5 cá nhân". */
export function formGroups(honorees: readonly Honoree[]): { formName: string; honorees: Honoree[] }[] {
  const groups = new Map<string, { formName: string; rank: number; honorees: Honoree[] }>();
  for (const h of honorees) {
    const formName = nfc(h.awardFormName) || 'Chưa có hình thức khen thưởng';
    const group = groups.get(formName) ?? { formName, rank: h.awardFormRank, honorees: [] };
    group.honorees.push(h);
    groups.set(formName, group);
  }
  return [...groups.values()].sort((a, b) => b.rank - a.rank || a.formName.localeCompare(b.formName, 'vi'));
}

export interface SignerTexts {
  capacity: string;
  title: string;
  name: string;
}

const signer = (s: SignerTexts) => ({
  signerCapacity: upper(s.capacity),
  signerTitle: upper(s.title),
  signerName: nfc(s.name),
});

export interface ProposalInput {
  organisation: string;
  placeName: string;
  /** "YYYY-MM-DD": the day the council met. */
  date: string;
  pollTitle: string;
  /** Who decides: "Ban Thường vụ Thị ủy". */
  recipient: string;
  legalBases: readonly string[];
  honorees: readonly Honoree[];
  annex: ListModel;
  chairName: string;
  recipients: readonly string[];
}

export function proposalData(input: ProposalInput): TemplateData {
  return {
    issuer: upper(input.organisation),
    council: COUNCIL_NAME,
    number: `${DOTS}/TTr-HĐTĐKT`,
    placeDate: datedLine(input.placeName, input.date),
    subject: nfc(input.pollTitle),
    pollTitle: nfc(input.pollTitle),
    recipient: orDots(input.recipient),
    meetingDate: formatDocumentDate(input.date),
    countPhrase: countPhrase(input.honorees) || 'không có trường hợp nào',
    legalBases: items(input.legalBases),
    forms: formGroups(input.honorees).map((g) => ({
      formName: g.formName,
      countPhrase: countPhrase(g.honorees),
    })),
    recipients: items(input.recipients),
    ...signer({ capacity: `T/M ${COUNCIL_NAME}`, title: 'CHỦ TỊCH', name: input.chairName }),
    ...annexData(input.annex),
  };
}

/** The reward money, once known; every field stays empty in the documents until then. */
export interface DecisionMoney {
  /** By award form name: the text after the count, e.g. ", mỗi cá nhân 1.170.000 đồng". */
  byForm?: Readonly<Record<string, string>>;
  total?: number;
  totalInWords?: string;
}

export interface DecisionInput {
  organisation: string;
  partyHeader: boolean;
  number: string;
  /** "YYYY-MM-DD" */
  date: string;
  placeName: string;
  /** Who decides, as the decision records it: "Ban Thường vụ Thị ủy". */
  issuer: string;
  subject: string;
  proposer: string;
  legalBases: readonly string[];
  honorees: readonly Honoree[];
  annex: ListModel;
  signer: SignerTexts;
  recipients: readonly string[];
  money?: DecisionMoney;
}

export function decisionData(input: DecisionInput): TemplateData {
  const money = input.money ?? {};
  const hasMoney = money.total !== undefined;
  return {
    issuer: upper(input.organisation),
    number: orDots(input.number),
    placeDate: datedLine(input.placeName, input.date),
    subject: nfc(input.subject),
    authority: upper(input.issuer),
    proposer: orDots(input.proposer),
    countPhrase: countPhrase(input.honorees),
    legalBases: items(input.legalBases),
    forms: formGroups(input.honorees).map((g) => ({
      formName: g.formName,
      countPhrase: countPhrase(g.honorees),
      moneyText: money.byForm?.[g.formName] ?? '',
    })),
    hasMoney,
    total: hasMoney ? formatInteger(money.total ?? 0) : '',
    totalInWords: money.totalInWords ?? '',
    moneySource:
      'Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 được chi từ Quỹ thi đua, khen thưởng theo quy định hiện hành.',
    executors:
      `Văn phòng ${nfc(input.organisation)}, Hội đồng Thi đua - Khen thưởng, ` +
      'các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành. ' +
      'Quyết định có hiệu lực kể từ ngày ký./.',
    recipients: items(input.recipients),
    ...signer(input.signer),
    ...annexData(input.annex),
  };
}

export interface PaymentRow {
  name: string;
  unit: string;
  form: string;
  /** In đồng, rounded as the money rules say; empty until known. */
  amount?: number;
}

export interface PaymentListInput {
  organisation: string;
  number: string;
  date: string;
  placeName: string;
  decisionLine: string;
  rows: readonly PaymentRow[];
  total?: number;
  totalInWords?: string;
  signer: SignerTexts;
}

export function paymentListData(input: PaymentListInput): TemplateData {
  return {
    issuer: upper(input.organisation),
    number: orDots(input.number),
    placeDate: datedLine(input.placeName, input.date),
    decisionLine: nfc(input.decisionLine),
    rows: input.rows.map((row, i) => ({
      stt: String(i + 1),
      name: nfc(row.name),
      unit: nfc(row.unit),
      form: nfc(row.form),
      amount: row.amount === undefined ? '' : formatInteger(row.amount),
    })),
    total: input.total === undefined ? '' : formatInteger(input.total),
    totalInWords: input.totalInWords ?? '',
    preparerName: '',
    ...signer(input.signer),
  };
}
