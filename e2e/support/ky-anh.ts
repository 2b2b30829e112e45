import { readFileSync } from 'node:fs';
import { KY_ANH_XLSX } from '../../tests/fixtures';
import type { apiCaller } from './api';

/**
 * The sample conference with the Kỳ Anh list imported and every honoree approved, through the
 * HTTP API: the starting point of the certificate walk-throughs. Returns the conference and the
 * approved nominees' ids.
 */
export async function approvedKyAnh(api: ReturnType<typeof apiCaller>) {
  const conference = (await api('conferences.createSample', {})) as { id: number };
  const opened = (await api('imports.open', {
    conferenceId: conference.id,
    fileName: 'ky-anh-2021-danh-sach-khen-thuong.xlsx',
    contentBase64: readFileSync(KY_ANH_XLSX).toString('base64'),
  })) as { importId: string };
  await api('imports.commit', { importId: opened.importId });
  const nominees = (await api('nominees.list', { conferenceId: conference.id, limit: 500 })) as {
    rows: { id: number; revision: number }[];
  };
  const items = nominees.rows.map((n) => ({ id: n.id, revision: n.revision }));
  await api('nominees.bulkUpdate', { items, set: { status: 'duoc_duyet' } });
  return { conferenceId: conference.id, nomineeIds: items.map((item) => item.id) };
}
