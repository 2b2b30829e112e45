import type { ApiClient } from '../../../shared/api/contract';

// The most 'nominees.list' gives per call.
const PAGE = 500;

/**
 * Every approved nominee of a conference, read page by page: those with an award form can be
 * awarded, the others are counted so the person knows who was left out and why.
 */
export async function approvedNominees(
  api: ApiClient,
  conferenceId: number,
): Promise<{ withForm: number[]; withoutForm: number }> {
  const withForm: number[] = [];
  let withoutForm = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.call('nominees.list', {
      conferenceId,
      status: 'duoc_duyet',
      sort: 'name',
      offset,
      limit: PAGE,
    });
    for (const row of page.rows) {
      if (row.awardFormId === null) withoutForm += 1;
      else withForm.push(row.id);
    }
    if (page.rows.length < PAGE || offset + PAGE >= page.counts.total) break;
  }
  return { withForm, withoutForm };
}
