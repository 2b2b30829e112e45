import type { Kysely } from 'kysely';
import type { Conference } from '../../shared/conferences';
import { foldVietnamese } from '../../shared/text';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import { readSettings } from '../settings/queries';
import type { Settings } from '../../shared/settings';

/** Party bodies (Thị ủy, Tỉnh ủy, Đảng ủy, Ban Thường vụ…) head their papers "ĐẢNG CỘNG SẢN VIỆT NAM". */
export function usesPartyHeader(organiser: string): boolean {
  return /\b(thi uy|tinh uy|huyen uy|thanh uy|quan uy|dang uy|dang bo|ban thuong vu|ban chap hanh)\b/.test(
    foldVietnamese(organiser),
  );
}

/** What every document of a conference is headed and dated with. */
export interface DocumentHeading {
  conference: Conference;
  settings: Settings;
  /** The issuer written top left: the conference's organiser, else the installation's. */
  organiser: string;
  /** The conference's choice, or a guess from the organiser's name when it says "auto". */
  partyHeader: boolean;
  placeName: string;
}

export async function documentHeading(db: Kysely<Database>, conferenceId: number): Promise<DocumentHeading> {
  const conference = await findConference(db, conferenceId);
  if (!conference) throw notFound(`hội nghị #${conferenceId}`);
  const settings = await readSettings(db);
  const organiser = conference.organiser || settings.organisationName;
  const partyHeader =
    conference.letterhead === 'auto' ? usesPartyHeader(organiser) : conference.letterhead === 'party';
  return {
    conference,
    settings,
    organiser,
    partyHeader,
    placeName: conference.placeName || settings.placeName,
  };
}
