import type { APIRequestContext } from '@playwright/test';
import { CertificatesPage } from './pages/CertificatesPage';
import { apiCaller } from './support/api';
import { approvedKyAnh } from './support/ky-anh';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const TEMPLATE = 'Giấy khen (tiêu đề Đảng)';
const DECISION = '123-QĐ/ThU';

/** The Kỳ Anh list approved and awarded in one numbered decision, through the HTTP API. */
async function oneDecision(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const { conferenceId, nomineeIds } = await approvedKyAnh(api);
  const register = (await api('registers.create', {
    name: 'Sổ vàng 2021',
    suffix: '/KT',
    nextNumber: 1,
  })) as {
    id: number;
  };
  const decision = (await api('decisions.create', {
    conferenceId,
    number: DECISION,
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    signerCapacity: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Võ Hồng Hải',
    registerId: register.id,
  })) as { id: number; revision: number };
  await api('decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds,
  });
  const forms = (await api('awards.list', { includeInactive: true })) as { id: number; name: string }[];
  const templates = (await api('templates.list', {})) as { id: number; name: string }[];
  const templateId = templates.find((t) => t.name === TEMPLATE)?.id ?? 0;
  /** Whether printing this form's batch will first ask about problems (the longest names decide). */
  const hasProblems = async (form: string) => {
    const check = (await api('certificates.check', {
      conferenceId,
      templateId,
      decisionId: decision.id,
      awardFormId: forms.find((f) => f.name === form)?.id ?? null,
    })) as { problems: unknown[] };
    return check.problems.length > 0;
  };
  return { hasProblems };
}

test('the Giấy khen and Giấy biểu dương batches of one decision print to two files, each named for what it holds', async ({
  page,
  host,
  request,
  app,
}) => {
  test.setTimeout(120_000);
  const { hasProblems } = await oneDecision(request, host);
  await page.reload();

  const certificates = new CertificatesPage(page);
  await app.goTo('In giấy khen');
  await expect(certificates.heading).toBeVisible();
  await certificates.choose('Mẫu giấy khen', TEMPLATE);
  await certificates.choose('Quyết định', DECISION);

  const printed: string[] = [];
  for (const form of ['Giấy khen', 'Giấy biểu dương']) {
    await certificates.choose('Hình thức', form);
    const download = await certificates.print({ expectProblems: await hasProblems(form) });
    printed.push(download.suggestedFilename());
  }
  expect(printed).toEqual(['Giấy khen - QĐ 123-QĐ-ThU.pdf', 'Giấy biểu dương - QĐ 123-QĐ-ThU.pdf']);

  // The same batch once more sits beside the first file instead of replacing it.
  await certificates.choose('Hình thức', 'Giấy khen');
  const again = await certificates.print({ expectProblems: await hasProblems('Giấy khen') });
  expect(again.suggestedFilename()).toBe('Giấy khen - QĐ 123-QĐ-ThU (2).pdf');
});
