import { readFileSync } from 'node:fs';
import { NomineesPage } from './pages/NomineesPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import { KY_ANH_XLSX } from '../tests/fixtures';

const GROUPS: Record<string, string[]> = {
  'Trước hội nghị': [
    'Danh sách hội nghị',
    'Thông tin hội nghị',
    'Chương trình hội nghị',
    'Đại biểu',
    'Đối tượng khen thưởng',
  ],
  'Hội đồng và quyết định': [
    'Hội đồng thi đua',
    'Bình xét, bỏ phiếu',
    'Quyết định khen thưởng',
    'Hồ sơ Word',
    'In giấy khen',
    'Xuất danh sách',
    'Thống kê',
  ],
  'Ngày hội nghị': ['Điểm danh', 'Trao khen thưởng', 'Màn hình chiếu'],
  'Hệ thống': ['Hình thức khen thưởng', 'Mẫu giấy khen', 'Sao lưu dữ liệu', 'Nhật ký thay đổi', 'Cài đặt'],
};

test.describe('Khung ứng dụng: thanh bên và trang danh sách đối tượng', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the sidebar is grouped by the stages of the work, collapses to named icons and remembers it', async ({
    page,
    app,
    conferences,
  }) => {
    await conferences.createSample();
    for (const [group, links] of Object.entries(GROUPS)) {
      await expect(app.navGroup(group).getByRole('link')).toHaveText(links);
    }
    await expect(app.navigation.getByRole('link')).toHaveCount(20);

    const toggle = app.sidebarToggle();
    await expect(toggle).toHaveAccessibleName('Thu gọn thanh bên');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const wide = (await app.navigation.boundingBox())?.width ?? 0;
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Mở rộng thanh bên');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(async () => (await app.navigation.boundingBox())?.width ?? 0).toBeLessThan(wide / 2);

    // Icons only, yet every link and group keeps its name, and a hover shows it.
    const delegates = app.navigation.getByRole('link', { name: 'Đại biểu', exact: true });
    await expect(delegates).toHaveText('');
    await expect(app.navGroup('Ngày hội nghị').getByRole('link')).toHaveCount(3);
    await delegates.hover();
    await expect(page.getByRole('tooltip', { name: 'Đại biểu' })).toBeVisible();
    await app.goTo('Quyết định khen thưởng');
    await expect(page.getByRole('heading', { name: 'Quyết định khen thưởng', level: 2 })).toBeVisible();
    await expect(app.navigation.getByRole('link', { name: 'Quyết định khen thưởng' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    // The choice outlives a reload, even on a window wide enough for the labels.
    await page.reload();
    await expect(app.sidebarToggle()).toHaveAccessibleName('Mở rộng thanh bên');
    await app.sidebarToggle().click();
    await expect(delegates).toHaveText('Đại biểu');
  });

  test('a narrow window starts with the sidebar as icons', async ({ page, app }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await expect(app.sidebarToggle()).toHaveAccessibleName('Mở rộng thanh bên');
    await expect(app.navigation.getByRole('link', { name: 'Cài đặt' })).toBeVisible();
  });

  test('a new page opens at its top, not at the scroll of the page before', async ({ page, app }) => {
    await page.setViewportSize({ width: 1024, height: 500 });
    await app.goTo('Cài đặt');
    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 2 })).toBeVisible();
    await page.mouse.move(600, 300);
    await page.mouse.wheel(0, 3000);
    const scrollY = async () => Number(await page.evaluate('window.scrollY'));
    await expect.poll(scrollY).toBeGreaterThan(100);
    await app.goTo('Hình thức khen thưởng');
    await expect(page.getByRole('heading', { name: 'Hình thức khen thưởng', level: 2 })).toBeInViewport();
    expect(await scrollY()).toBe(0);
  });

  test('the Kỳ Anh list at 1024 × 768: names readable, one-line headers, no column cut, one scrollbar', async ({
    page,
    host,
    request,
    app,
  }) => {
    const api = apiCaller(request, host);
    const conference = (await api('conferences.createSample', {})) as { id: number };
    const opened = (await api('imports.open', {
      conferenceId: conference.id,
      fileName: 'ky-anh-2021-danh-sach-khen-thuong.xlsx',
      contentBase64: readFileSync(KY_ANH_XLSX).toString('base64'),
    })) as { importId: string };
    await api('imports.commit', { importId: opened.importId });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();

    const nominees = new NomineesPage(page);
    await app.goTo('Đối tượng khen thưởng');
    await expect(nominees.counts).toContainText('23 tập thể, 31 cá nhân');

    const name = nominees.table.getByRole('button', { name: 'Chi bộ Bảo hiểm xã hội thị xã', exact: true });
    await expect(name).toBeVisible();
    expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    const award = nominees
      .row('Chi bộ Bảo hiểm xã hội thị xã')
      .getByRole('cell', { name: 'Giấy biểu dương' });
    expect(await award.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);

    // Every header on one line, and the last column inside the table's frame.
    const heights = await nominees.table
      .getByRole('columnheader')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(48);
    const frame = await nominees.table.evaluate((table) => {
      const scroller = table.parentElement?.getBoundingClientRect();
      const last = table.querySelector('thead th:last-child')?.getBoundingClientRect();
      return { right: scroller?.right ?? 0, lastRight: last?.right ?? Infinity };
    });
    expect(frame.lastRight).toBeLessThanOrEqual(frame.right + 1);
    await expect(nominees.column('Trạng thái')).toBeVisible();

    // The page does not scroll; only the table does.
    const overflow = await page.evaluate(
      'document.documentElement.scrollHeight - document.documentElement.clientHeight',
    );
    expect(Number(overflow)).toBeLessThanOrEqual(0);

    // A list of collectives has no positions or units: that column gives its room to the names.
    await expect(nominees.column('Chức vụ, đơn vị')).toBeVisible();
    await nominees.filter('Loại', 'Tập thể');
    await expect(nominees.counts).toContainText('23 tập thể, 0 cá nhân');
    await expect(nominees.column('Chức vụ, đơn vị')).toHaveCount(0);
    await expect(nominees.column('Họ và tên / Tên tập thể')).toBeVisible();
  });
});
