import type { DocumentKind } from '../../shared/dossier';
import { formStyle, type Letterhead } from './layout';
import { minutesTemplate, proposalTemplate } from './shipped-council';
import { decisionTemplate, paymentListTemplate } from './shipped-decision';

/** The shipped template of each document, built once per form and kept for the process. */

const BUILDERS = {
  minutes: minutesTemplate,
  proposal: proposalTemplate,
  decision: decisionTemplate,
  paymentList: paymentListTemplate,
} as const;

const cache = new Map<string, Promise<Buffer>>();

export function shippedTemplate(kind: DocumentKind, letterhead: Letterhead): Promise<Buffer> {
  const key = `${kind}:${letterhead}`;
  let built = cache.get(key);
  if (!built) {
    built = BUILDERS[kind](formStyle(letterhead));
    // A failed build is not remembered, so the next call tries again.
    built.catch(() => cache.delete(key));
    cache.set(key, built);
  }
  return built;
}

/**
 * The legal bases a decision cites until the office edits them for its issuer. Only laws and
 * decrees whose number and date are certain are listed; the office adds its own rules (a
 * working regulation, a provincial decision) in the list.
 */
export function defaultLegalBases(partyHeader: boolean): string[] {
  const law = [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  ];
  return partyHeader ? ['Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', ...law] : law;
}
