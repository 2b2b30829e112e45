import type { CertificateText, FieldKey, TemplateBody } from '../../shared/certificates';
import type { z } from 'zod';
import type { batchProblemRecord } from '../../shared/certificates';
import { fieldText, layoutCertificate } from './engine';
import { FIELD_LABELS } from './labels';
import type { SelectedAward } from './selection';
import { certificateText, type TextDefaults } from './text';

export type BatchProblem = z.infer<typeof batchProblemRecord>;

export interface CheckedAward {
  award: SelectedAward;
  text: CertificateText;
}

const enabledKeys = (body: TemplateBody): Set<FieldKey> =>
  new Set(body.fields.filter((f) => f.enabled).map((f) => f.key));

/**
 * Which fields overflow for one certificate's text. A field's layout depends only on its own
 * box and text, so each (field, text) is laid out once per batch: the issuer, the decision and
 * signer lines repeat on every page, and 2,000 certificates cost about 4 layouts each, not 14.
 */
function overflowFinder(body: TemplateBody) {
  const known = new Map<string, boolean>();
  const fields = body.fields.filter((f) => f.enabled);
  return (text: CertificateText): FieldKey[] => {
    const keys = fields.map((f, i) => `${i}\u0000${fieldText(f, body, text)}`);
    const unknown = fields.filter((_, i) => !known.has(keys[i] ?? ''));
    if (unknown.length > 0) {
      const laidOut = layoutCertificate({ ...body, fields: unknown }, text, { forPrint: true });
      unknown.forEach((field, j) =>
        known.set(keys[fields.indexOf(field)] ?? '', laidOut[j]?.overflows ?? false),
      );
    }
    return fields.filter((_, i) => known.get(keys[i] ?? '') === true).map((f) => f.key);
  };
}

/** Lets the event loop breathe between slices of a long check (the window, the host's events). */
const SLICE = 100;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The pre-flight list: what would print wrong, named by person, before any paper is used.
 * A missing number only matters when the template prints that number (a Giấy biểu dương
 * without a register number line is not a problem).
 */
export async function checkAwards(
  body: TemplateBody,
  awards: readonly SelectedAward[],
  defaults: TextDefaults,
  /** Off when the problems are already accepted: a print then skips 2,000 layouts it would ignore. */
  { findProblems = true }: { findProblems?: boolean } = {},
): Promise<{ checked: CheckedAward[]; problems: BatchProblem[] }> {
  const printed = enabledKeys(body);
  const overflowing = overflowFinder(body);
  const problems: BatchProblem[] = [];
  const checked: CheckedAward[] = [];
  for (const [index, award] of awards.entries()) {
    if (index > 0 && index % SLICE === 0) await breathe();
    const text = certificateText(award, defaults);
    checked.push({ award, text });
    if (!findProblems) continue;
    const name = text.recipient || award.fullName;
    const add = (problem: BatchProblem['problem'], field: FieldKey | null, message: string) =>
      problems.push({ awardId: award.awardId, fullName: award.fullName, problem, field, message });
    if (printed.has('decisionLine') && award.decisionNumber.trim() === '') {
      add('noDecisionNumber', 'decisionLine', `${name}: quyết định khen thưởng chưa có số.`);
    }
    if (printed.has('registerNumber') && award.registerNumber.trim() === '') {
      add('noRegisterNumber', 'registerNumber', `${name}: chưa được cấp số sổ vàng.`);
    }
    for (const key of overflowing(text)) {
      if (key === 'recipient') {
        add('nameTooLong', key, `${name}: tên quá dài, không vừa ô “Người nhận” kể cả ở cỡ chữ nhỏ nhất.`);
      } else {
        add(
          'overflow',
          key,
          `${name}: nội dung ô “${FIELD_LABELS[key]}” không vừa ô kể cả ở cỡ chữ nhỏ nhất.`,
        );
      }
    }
  }
  return { checked, problems };
}
