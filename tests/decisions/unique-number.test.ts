import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { createDecision, seedConference } from './seed';

const FIRST = {
  number: '123-QĐ/ThU',
  date: '2021-05-19',
  issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  signerCapacity: '',
  signerTitle: '',
  signerName: '',
  placeName: '',
  registerId: null,
};

describe('a decision number is given once per issuer and year', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp() {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await seedConference(core);
    const first = await createDecision(core, conference.id, null);
    return { core, conferenceId: conference.id, first };
  }

  it('refuses a second decision with the same number and issuer, however it is spaced or cased', async () => {
    const { core, conferenceId } = await setUp();
    for (const number of ['123-QĐ/ThU', ' 123 - qđ/thu ']) {
      const error = await callError(core, 'decisions.create', {
        ...FIRST,
        conferenceId,
        number,
        date: '2021-06-01',
      });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(
        'Đã có quyết định số 123-QĐ/ThU của Ban Thường vụ Thị ủy Kỳ Anh ngày 19/05/2021',
      );
      expect(error.details).toEqual({ fields: [{ path: 'number', key: 'duplicate' }] });
    }
    expect(await call(core, 'decisions.list', { conferenceId })).toHaveLength(1);
  });

  it('accepts the same number from another issuer, or in another year', async () => {
    const { core, conferenceId } = await setUp();
    await call(core, 'decisions.create', { ...FIRST, conferenceId, issuer: 'UBND thị xã Kỳ Anh' });
    await call(core, 'decisions.create', { ...FIRST, conferenceId, date: '2022-01-05' });
    expect(await call(core, 'decisions.list', { conferenceId })).toHaveLength(3);
  });

  it('refuses an edit that gives a decision the number of another, but not a decision its own', async () => {
    const { core, conferenceId, first } = await setUp();
    const second = await call(core, 'decisions.create', { ...FIRST, conferenceId, number: '124-QĐ/ThU' });
    const error = await callError(core, 'decisions.update', {
      ...FIRST,
      id: second.id,
      revision: second.revision,
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ fields: [{ path: 'number', key: 'duplicate' }] });
    const kept = await call(core, 'decisions.update', {
      ...FIRST,
      id: first.id,
      revision: first.revision,
      signerName: 'Nguyễn Văn Khánh',
    });
    expect(kept.number).toBe('123-QĐ/ThU');
  });

  it('leaves other conferences alone: a copied conference keeps its decisions', async () => {
    const { core } = await setUp();
    const { conference } = await seedConference(core, 'Bản sao hội nghị');
    await createDecision(core, conference.id, null);
    expect(await call(core, 'decisions.list', { conferenceId: conference.id })).toHaveLength(1);
  });
});
