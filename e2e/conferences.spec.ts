import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

test.describe('Hội nghị: tạo, sửa, mở lại sau khi khởi động lại', () => {
  test('a conference created and edited survives a restart of the host', async ({
    page,
    host,
    app,
    conferences,
    conferenceForm,
    overview,
  }) => {
    await expect(page.getByRole('heading', { name: 'Chưa có hội nghị nào' })).toBeVisible();
    await conferences.startNew();
    await conferenceForm.fill({
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
      kind: 'Tổng kết',
      organiser: 'Ủy ban nhân dân phường Sông Trí',
      placeName: 'Sông Trí',
      venue: 'Hội trường Ủy ban nhân dân phường',
      startDate: '15/01/2026',
      startTime: '07:30',
    });
    await conferenceForm.submit();

    await expect(overview.title).toHaveText('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025');
    await expect(app.openConferenceTitle()).toHaveText(
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
    );
    await expect(overview.value('Thời gian')).toHaveText('15/01/2026 07:30');

    await overview.edit();
    await conferenceForm.fill({
      venue: 'Nhà văn hóa phường Sông Trí',
      endDate: '15/01/2026',
      endTime: '11:00',
    });
    await conferenceForm.submit('Lưu');
    await expect(page.getByText('Đã lưu thông tin hội nghị.')).toBeVisible();
    await expect(overview.value('Địa điểm tổ chức')).toHaveText('Nhà văn hóa phường Sông Trí');

    await host.restart();
    await app.open(host.url);
    // The open conference is remembered, and its edits are there.
    await expect(app.openConferenceTitle()).toHaveText(
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
    );
    await expect(conferences.row('Hội nghị tổng kết công tác thi đua')).toContainText(
      '15/01/2026 07:30 – 15/01/2026 11:00',
    );
    await app.goTo('Thông tin hội nghị');
    await expect(overview.value('Địa điểm tổ chức')).toHaveText('Nhà văn hóa phường Sông Trí');
    await expect(overview.value('Cơ quan tổ chức')).toHaveText('Ủy ban nhân dân phường Sông Trí');
  });

  test('the form keeps what was typed when another window changed the conference meanwhile', async ({
    page,
    host,
    request,
    app,
    conferenceForm,
    overview,
  }) => {
    const api = apiCaller(request, host);
    const conference = (await api('conferences.create', {
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
      kind: 'tong_ket',
      startsAt: '2026-01-15',
      organiser: 'Ủy ban nhân dân phường Sông Trí',
      venue: 'Hội trường Ủy ban nhân dân phường',
    })) as Record<string, unknown> & { id: number };
    await page.reload();
    await app.goTo('Thông tin hội nghị');
    await overview.edit();
    await conferenceForm.fill({ venue: 'Nhà văn hóa phường Sông Trí' });

    // Another window changes the organiser after the form opened.
    const {
      createdAt: _c,
      updatedAt: _u,
      archivedAt: _a,
      ...latest
    } = (await api('conferences.get', {
      id: conference.id,
    })) as Record<string, unknown>;
    await api('conferences.update', { ...latest, organiser: 'Đảng ủy phường Sông Trí' });

    await conferenceForm.submit('Lưu');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.');
    await expect(alert).toContainText('Cơ quan tổ chức: «Đảng ủy phường Sông Trí»');
    await expect(conferenceForm.field('Địa điểm tổ chức')).toHaveValue('Nhà văn hóa phường Sông Trí');

    // Saved again on the latest copy: what the form shows is what is stored.
    await conferenceForm.submit('Lưu');
    await expect(page.getByText('Đã lưu thông tin hội nghị.')).toBeVisible();
    await expect(overview.value('Địa điểm tổ chức')).toHaveText('Nhà văn hóa phường Sông Trí');
    await expect(overview.value('Cơ quan tổ chức')).toHaveText('Ủy ban nhân dân phường Sông Trí');
  });

  test('validation errors are shown in Vietnamese and nothing is saved', async ({
    page,
    app,
    conferences,
    conferenceForm,
  }) => {
    await conferences.startNew();
    await conferenceForm.fill({ title: '   ', startDate: '20/05/2021', endDate: '19/05/2021' });
    await conferenceForm.submit();

    await expect(conferenceForm.field('Tên hội nghị')).toHaveAccessibleDescription('Không được để trống');
    await expect(conferenceForm.field('Ngày kết thúc')).toHaveAccessibleDescription(
      'Thời gian kết thúc không được trước thời gian bắt đầu',
    );
    await expect(page.getByRole('heading', { name: 'Tạo hội nghị mới' })).toBeVisible();

    await app.goTo('Danh sách hội nghị');
    await expect(page.getByRole('heading', { name: 'Chưa có hội nghị nào' })).toBeVisible();
  });

  test('the sample conference comes from the Kỳ Anh report', async ({ app, conferences, overview }) => {
    await conferences.createSample();
    await expect(overview.title).toHaveText(
      'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
    );
    await expect(overview.value('Cơ quan tổ chức')).toHaveText('Ban Thường vụ Thị ủy Kỳ Anh');
    await expect(overview.value('Thời gian')).toHaveText('19/05/2021');
    await expect(overview.value('Địa danh ghi trên văn bản')).toHaveText('Kỳ Anh');
    await expect(overview.value('Ghi chú')).toContainText('23 tập thể và 31 cá nhân');

    // A second click reopens the same sample instead of making another.
    await app.goTo('Danh sách hội nghị');
    await conferences.createSample();
    await app.goTo('Danh sách hội nghị');
    await expect(conferences.table.getByRole('row')).toHaveCount(2);
  });

  test('search ignores accents; archiving can be undone', async ({ page, app, conferences }) => {
    await conferences.createSample();
    await app.goTo('Danh sách hội nghị');
    const title = 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị';

    await conferences.search.fill('so ket chi thi 05');
    await expect(conferences.row(title)).toBeVisible();
    await conferences.search.fill('tong ket');
    await expect(page.getByRole('heading', { name: 'Không tìm thấy hội nghị phù hợp' })).toBeVisible();
    await conferences.search.fill('');

    await conferences.archive(title);
    await expect(page.getByRole('heading', { name: 'Chưa có hội nghị nào' })).toBeVisible();
    await conferences.undoArchive();
    await expect(conferences.row(title)).toBeVisible();

    await conferences.archive(title);
    await conferences.showArchived.check();
    await expect(conferences.row(title)).toContainText('Đã lưu trữ');
    await page.getByRole('button', { name: `Khôi phục hội nghị “${title}”` }).click();
    await conferences.showArchived.uncheck();
    await expect(conferences.row(title)).toBeVisible();
  });
});
