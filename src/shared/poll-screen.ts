import { sectionsByKind } from './list-sections';
import type { PollDetail } from './voting';

/**
 * A poll's result as the hall's screen shows it: a summary first, then the results a page at a
 * time, in the list's sections and order, at a size that reads from the back of the hall. Page 0
 * is the summary; pages 1… hold the rows.
 */

/** Lines on a page of results, section headings included: each line is a tenth of the table. */
export const POLL_LINES_PER_PAGE = 10;

export type PollScreenLine =
  | { type: 'section'; title: string }
  | {
      type: 'row';
      stt: number;
      nomineeId: number;
      fullName: string;
      unitName: string;
      agree: number;
      disagree: number;
      percent: number;
      verdict: 'passed' | 'failed' | 'tie_at_quota';
    };

export interface PollSummary {
  total: number;
  passed: number;
  failed: number;
  ties: number;
  quorumMet: boolean;
  present: number;
  totalMembers: number;
}

export function pollSummary(poll: PollDetail): PollSummary | null {
  if (!poll.tally) return null;
  const count = (verdict: string) => poll.tally?.results.filter((r) => r.verdict === verdict).length ?? 0;
  return {
    total: poll.tally.results.length,
    passed: count('passed'),
    failed: count('failed'),
    ties: count('tie_at_quota'),
    quorumMet: poll.tally.quorumMet,
    present: poll.attendance.present,
    totalMembers: poll.attendance.totalMembers,
  };
}

/**
 * The result rows cut into pages of at most `perPage` lines. A section that runs onto the next
 * page repeats its heading there with "(tiếp)", and no page ends on a heading.
 */
export function pollResultPages(poll: PollDetail, perPage = POLL_LINES_PER_PAGE): PollScreenLine[][] {
  if (!poll.tally) return [];
  if (!Number.isInteger(perPage) || perPage < 2) throw new RangeError(`lines per page ${perPage}`);
  const byId = new Map(poll.tally.results.map((r) => [r.nomineeId, r]));
  const pages: PollScreenLine[][] = [];
  let page: PollScreenLine[] = [];
  let stt = 0;
  for (const section of sectionsByKind(poll.nominees)) {
    section.members.forEach((nominee, j) => {
      const result = byId.get(nominee.nomineeId);
      if (!result) return;
      const heading = page.length === 0 || j === 0;
      if (page.length + (heading ? 2 : 1) > perPage) {
        pages.push(page);
        page = [];
      }
      if (page.length === 0 || j === 0)
        page.push({ type: 'section', title: j === 0 ? section.title : `${section.title} (tiếp)` });
      stt += 1;
      page.push({
        type: 'row',
        stt,
        nomineeId: nominee.nomineeId,
        fullName: nominee.fullName,
        unitName: nominee.unitName,
        agree: result.agree,
        disagree: result.disagree,
        percent: result.percent,
        verdict: result.verdict,
      });
    });
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Pages on screen: the summary and the pages of results. */
export const pollScreenPageCount = (poll: PollDetail, perPage = POLL_LINES_PER_PAGE): number =>
  1 + pollResultPages(poll, perPage).length;

/** The page one step on, stopping at both ends so a double press never leaves the result. */
export const stepPollPage = (page: number, pageCount: number, direction: 1 | -1): number =>
  Math.min(Math.max(page + direction, 0), Math.max(pageCount - 1, 0));
