import { describe, expect, it } from 'vitest';
import { call, useCores, useTempDir } from '../helpers';
import { createDecision, seedConference } from './seed';

describe('honoree list defaults from the award decision', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('cites the newest decision when no options were saved', async () => {
    const core = await openCore({ dataDir: dir() });
    await call(core, 'settings.update', { signerTitle: 'PHÓ BÍ THƯ', signerName: 'Trần Văn Cũ' });
    const { conference } = await seedConference(core);
    const before = await call(core, 'exports.listDefaults', { conferenceId: conference.id });
    expect(before).toMatchObject({ decisionNumber: '', decisionDate: '', signerTitle: 'PHÓ BÍ THƯ' });

    await call(core, 'decisions.create', {
      conferenceId: conference.id,
      number: '99-QĐ/ThU',
      date: '2021-01-10',
      registerId: null,
    });
    await createDecision(core, conference.id, null);
    const after = await call(core, 'exports.listDefaults', { conferenceId: conference.id });
    expect(after).toMatchObject({
      decisionNumber: '123-QĐ/ThU',
      decisionDate: '2021-05-19',
      decisionIssuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Văn Khánh',
    });
  });
});
