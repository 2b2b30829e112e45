import { AWARD_COLUMNS, AwardsPage } from './pages/AwardsPage';
import { expect, test } from './support/fixtures';

const NEW_FORM = 'Giấy khen của Chủ tịch UBND';

test.describe('Hình thức khen thưởng: danh mục, thêm, sửa, ngừng dùng', () => {
  let awards: AwardsPage;

  test.beforeEach(async ({ page, app }) => {
    awards = new AwardsPage(page);
    await app.goTo('Hình thức khen thưởng');
    await expect(awards.heading).toBeVisible();
  });

  test('the shipped forms are listed, highest rank first', async () => {
    await expect(awards.table.getByRole('columnheader')).toHaveText([...AWARD_COLUMNS]);
    await expect(awards.row('Bằng khen')).toBeVisible();
    const names = await awards.names();
    expect(names.indexOf('Bằng khen')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Bằng khen')).toBeLessThan(names.indexOf('Giấy khen'));

    await expect(awards.cell('Bằng khen', 'Loại')).toHaveText('Hình thức khen thưởng');
    await expect(awards.cell('Giấy biểu dương', 'Loại')).toHaveText('Biểu dương');
    await expect(awards.cell('Giấy biểu dương', 'Tên gọi khác')).toContainText('Biểu dương');
    await expect(awards.cell('Giấy biểu dương', 'Đang dùng')).toHaveText('Đang dùng');
  });

  test('a new form is placed by its rank; a duplicate name is refused', async ({ page }) => {
    await awards.startNew();
    await expect(page.getByRole('dialog', { name: 'Thêm hình thức khen thưởng' })).toBeVisible();
    await awards.fill({ name: NEW_FORM, issuer: 'Ủy ban nhân dân thị xã Kỳ Anh', rank: '750' });
    await awards.submit();

    await expect(page.getByText(`Đã thêm hình thức “${NEW_FORM}”.`)).toBeVisible();
    await expect(awards.dialog).toBeHidden();
    await expect(awards.cell(NEW_FORM, 'Thứ bậc')).toHaveText('750');
    await expect(awards.cell(NEW_FORM, 'Cơ quan ban hành')).toHaveText('Ủy ban nhân dân thị xã Kỳ Anh');
    const names = await awards.names();
    const at = names.indexOf(NEW_FORM);
    expect(names.indexOf('Bằng khen')).toBeLessThan(at);
    expect(at).toBeLessThan(names.indexOf('Giấy khen'));

    // Same name, different case: the core compares names without case or accents.
    const count = names.length;
    await awards.startNew();
    await awards.fill({ name: 'giấy khen của chủ tịch UBND', rank: '100' });
    await awards.submit();
    await expect(awards.field('Tên hình thức')).toHaveAccessibleDescription(
      'Đã có hình thức khen thưởng trùng tên này',
    );
    await awards.cancel();
    await expect(awards.dialog).toBeHidden();
    await expect(awards.table.getByRole('row')).toHaveCount(count + 1);
    await expect(awards.row(NEW_FORM)).toHaveCount(1);
  });

  test('mistakes are shown under the fields before anything is sent', async () => {
    await awards.startNew();
    await awards.fill({ name: '   ', rank: '1001' });
    await awards.submit();
    await expect(awards.field('Tên hình thức')).toHaveAccessibleDescription('Không được để trống');
    await expect(awards.field('Thứ bậc')).toHaveAccessibleDescription(
      /Thứ bậc phải là số nguyên từ 0 đến 1000/,
    );
    await awards.field('Thứ bậc').fill('');
    await awards.submit();
    await expect(awards.field('Thứ bậc')).toHaveAccessibleDescription(
      /Thứ bậc phải là số nguyên từ 0 đến 1000/,
    );
    await awards.page.keyboard.press('Escape');
    await expect(awards.dialog).toBeHidden();
  });

  test('a retired form is hidden unless asked for, and can be brought back', async ({ page }) => {
    await awards.startNew();
    await awards.fill({ name: NEW_FORM, rank: '750', aliases: 'Giấy khen Chủ tịch; GK Chủ tịch' });
    await awards.submit();
    await expect(awards.cell(NEW_FORM, 'Tên gọi khác')).toHaveText('Giấy khen Chủ tịch; GK Chủ tịch');

    await awards.edit(NEW_FORM);
    await expect(page.getByRole('dialog', { name: `Sửa hình thức “${NEW_FORM}”` })).toBeVisible();
    await expect(awards.field('Thứ bậc')).toHaveValue('750');
    await awards.fill({ active: false });
    await awards.submit('Lưu');
    await expect(page.getByText(`Đã ngừng dùng hình thức “${NEW_FORM}”.`)).toBeVisible();
    await expect(awards.row(NEW_FORM)).toHaveCount(0);
    await expect(awards.row('Giấy khen')).toBeVisible();

    await awards.showInactive.check();
    await expect(awards.cell(NEW_FORM, 'Đang dùng')).toHaveText('Ngừng dùng');
    await awards.edit(NEW_FORM);
    await awards.fill({ active: true });
    await awards.submit('Lưu');
    await expect(page.getByText(`Đã lưu hình thức “${NEW_FORM}”.`)).toBeVisible();
    await awards.showInactive.uncheck();
    await expect(awards.cell(NEW_FORM, 'Đang dùng')).toHaveText('Đang dùng');
  });
});
