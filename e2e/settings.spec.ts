import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

test('the interface switches to English and back, and settings are kept', async ({
  page,
  host,
  app,
  settings,
}) => {
  await app.goTo('Cài đặt');
  await settings.field('Tên cơ quan, đơn vị').fill('Văn phòng Thị ủy Kỳ Anh');
  await settings.field('Địa danh mặc định').fill('Kỳ Anh');
  await settings.chooseLanguage('English');
  await settings.save('Lưu cài đặt');

  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(app.navigation.getByRole('link', { name: 'Conferences' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await host.restart();
  await app.open(host.url);
  await expect(page.getByRole('heading', { name: 'Conferences', exact: true })).toBeVisible();
  await app.goTo('Settings');
  await expect(settings.field('Organisation name')).toHaveValue('Văn phòng Thị ủy Kỳ Anh');

  await settings.chooseLanguage('Tiếng Việt');
  await settings.save('Save settings');
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // The default place name fills a new conference's dated-line place.
  await app.goTo('Danh sách hội nghị');
  await page.getByRole('link', { name: 'Tạo hội nghị mới' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Địa danh ghi trên văn bản' })).toHaveValue('Kỳ Anh');
});

test('saving the settings page writes only what was changed there, not another window’s setting back', async ({
  page,
  host,
  app,
  settings,
  request,
}) => {
  const api = apiCaller(request, host);
  await app.goTo('Cài đặt');
  await expect(settings.field('Tên cơ quan, đơn vị')).toHaveValue('');
  // Another window names the organisation while this page is open.
  await api('settings.update', { organisationName: 'Văn phòng Thị ủy Kỳ Anh' });
  await settings.field('Địa danh mặc định').fill('Kỳ Anh');
  await settings.save('Lưu cài đặt');
  await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();

  const saved = (await api('settings.get', {})) as { organisationName: string; placeName: string };
  expect(saved).toMatchObject({ organisationName: 'Văn phòng Thị ủy Kỳ Anh', placeName: 'Kỳ Anh' });
});
