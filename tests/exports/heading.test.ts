import { describe, expect, it } from 'vitest';
import { documentHeading, usesPartyHeader } from '../../src/main/documents/heading';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';

describe('the heading of a conference’s documents', () => {
  const dir = useTempDir();
  const open = useCores();

  it('guesses Party bodies from the organiser’s name', () => {
    expect(usesPartyHeader('Ban Thường vụ Thị ủy Kỳ Anh')).toBe(true);
    expect(usesPartyHeader('Đảng ủy xã Kỳ Hoa')).toBe(true);
    expect(usesPartyHeader('Ủy ban nhân dân tỉnh Hà Tĩnh')).toBe(false);
  });

  it('follows the conference’s choice over the guess, and keeps it', async () => {
    const core = await open({ dataDir: dir() });
    const db = core.context.store.db;
    const auto = await call(
      core,
      'conferences.create',
      conferenceInput({ organiser: 'Ban Thường vụ Thị ủy Kỳ Anh' }),
    );
    expect(auto.letterhead).toBe('auto');
    expect((await documentHeading(db, auto.id)).partyHeader).toBe(true);

    const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...values } = auto;
    const state = await call(core, 'conferences.update', { ...values, id: auto.id, letterhead: 'state' });
    expect(state.letterhead).toBe('state');
    expect((await documentHeading(db, auto.id)).partyHeader).toBe(false);

    const party = await call(
      core,
      'conferences.create',
      conferenceInput({ organiser: 'UBND tỉnh', letterhead: 'party' }),
    );
    expect((await documentHeading(db, party.id)).partyHeader).toBe(true);
  });

  it('takes the issuer and place from the settings when the conference has none', async () => {
    const core = await open({ dataDir: dir() });
    await call(core, 'settings.update', { organisationName: 'Văn phòng Thị ủy Kỳ Anh', placeName: 'Kỳ Anh' });
    const conference = await call(core, 'conferences.create', conferenceInput({}));
    const heading = await documentHeading(core.context.store.db, conference.id);
    expect(heading.organiser).toBe('Văn phòng Thị ủy Kỳ Anh');
    expect(heading.placeName).toBe('Kỳ Anh');
  });
});
