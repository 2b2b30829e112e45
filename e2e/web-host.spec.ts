import { expect, test } from './support/fixtures';

test.describe('the web host guards its API', () => {
  test('a request without the token is refused and changes nothing', async ({ host, request }) => {
    const refused = await request.post(`${host.origin}/api/conferences.create`, {
      data: { title: 'Không được tạo', kind: 'khac', startsAt: '2026-01-01' },
    });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('UNAUTHORIZED');

    const list = await request.post(`${host.origin}/api/conferences.list`, {
      headers: { authorization: `Bearer ${host.token}` },
      data: {},
    });
    expect(list.status()).toBe(200);
    expect((await list.json()).value).toEqual([]);
  });

  test('a call from another origin is refused even with the token', async ({ host, request }) => {
    const refused = await request.post(`${host.origin}/api/conferences.list`, {
      headers: { authorization: `Bearer ${host.token}`, origin: 'http://example.org' },
      data: {},
    });
    expect(refused.status()).toBe(403);
  });

  test('the page opened without the token says how to get in', async ({ page, host }) => {
    await page.goto(host.origin);
    await expect(page.getByRole('alert')).toContainText('mã truy cập');
  });
});
