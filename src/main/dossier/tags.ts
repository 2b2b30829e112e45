import type { DocumentKind } from '../../shared/dossier';

/**
 * The tags each document's data fills: an uploaded template may use any of them, and is refused
 * when it names another (a typo would otherwise print nothing where a name belongs). Loops
 * list the tags of their rows; a row may also use its parents' tags.
 */

const HEADING = ['issuer', 'number', 'placeDate', 'signerCapacity', 'signerTitle', 'signerName'];
const RECIPIENTS = { recipients: ['text'] };
const LEGAL_BASES = { legalBases: ['text'] };
const ANNEX = ['annexIssuer', 'annexTitle', 'annexSubtitle', 'annexCountLine'];
const ANNEX_ROWS = [
  'stt',
  'name',
  'gender',
  'birth',
  'position',
  'unit',
  'achievement',
  'awardForm',
  'proposingUnit',
  'notes',
];
const ANNEX_LOOPS = { annexSections: ['title'], rows: ANNEX_ROWS };

interface TagSet {
  fields: readonly string[];
  /** Loop name → the tags of its items. */
  loops: Readonly<Record<string, readonly string[]>>;
}

export const DOCUMENT_TAGS: Record<DocumentKind, TagSet> = {
  minutes: {
    fields: [
      ...HEADING,
      'council',
      'subject',
      'pollTitle',
      'time',
      'venue',
      'chair',
      'chairName',
      'chairTitle',
      'secretary',
      'secretaryName',
      'totalMembers',
      'presentCount',
      'absentCount',
      'writtenOpinionCount',
      'absentNames',
      'writtenOpinionNames',
      'nomineeCount',
      'countPhrase',
      'ruleText',
      'denominatorLabel',
      'denominatorValue',
      'ballotsIssued',
      'ballotsReturned',
      'valid',
      'invalid',
      'quorumText',
      'conclusion',
    ],
    loops: {
      present: ['stt', 'text', 'name', 'title'],
      sections: ['title'],
      rows: ['stt', 'name', 'unit', 'agree', 'disagree', 'percent', 'verdict'],
    },
  },
  proposal: {
    fields: [
      ...HEADING,
      ...ANNEX,
      'council',
      'subject',
      'recipient',
      'meetingDate',
      'countPhrase',
      'pollTitle',
    ],
    loops: { ...LEGAL_BASES, ...RECIPIENTS, ...ANNEX_LOOPS, forms: ['formName', 'countPhrase'] },
  },
  decision: {
    fields: [
      ...HEADING,
      ...ANNEX,
      'subject',
      'authority',
      'proposer',
      'countPhrase',
      'total',
      'totalInWords',
      'moneySource',
      'executors',
    ],
    loops: {
      ...LEGAL_BASES,
      ...RECIPIENTS,
      ...ANNEX_LOOPS,
      forms: ['formName', 'countPhrase', 'moneyText'],
      hasMoney: [],
    },
  },
  paymentList: {
    fields: [...HEADING, 'decisionLine', 'total', 'totalInWords', 'preparerName'],
    loops: { rows: ['stt', 'name', 'unit', 'form', 'amount'] },
  },
};

/** Every name a template of this kind may write between braces. */
export function knownTags(kind: DocumentKind): Set<string> {
  const set = DOCUMENT_TAGS[kind];
  return new Set([...set.fields, ...Object.keys(set.loops), ...Object.values(set.loops).flat()]);
}
