import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { batchCheckInput } from '../../shared/certificates';
import { AppError, notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import { documentHeading } from '../documents/heading';
import { PERSON_COLUMNS, toPerson } from '../nominees/read-model';
import type { AwardSource, TextDefaults } from './text';

export type BatchSelection = z.output<typeof batchCheckInput>;

/** One selected award with everything its certificate prints. */
export interface SelectedAward extends AwardSource {
  awardId: number;
  decisionId: number;
  conferenceId: number;
  formRank: number;
}

export const EMPTY_SELECTION_MESSAGE =
  'Không có khen thưởng nào phù hợp với lựa chọn (quyết định, hình thức, loại, đơn vị); chưa in gì. Hãy kiểm tra lại bộ lọc hoặc ghi quyết định khen thưởng trước.';

function awardQuery(db: Kysely<Database>) {
  return (
    db
      .selectFrom('decision_awards as a')
      .innerJoin('decisions as d', 'd.id', 'a.decision_id')
      .innerJoin('nominees as n', 'n.id', 'a.nominee_id')
      .innerJoin('award_forms as f', 'f.id', 'a.award_form_id')
      .leftJoin('units as u', 'u.id', 'n.unit_id')
      .select([
        'a.id as award_id',
        'a.decision_id',
        'a.register_number',
        'd.conference_id',
        'd.number as decision_number',
        'd.date as decision_date',
        'd.issuer',
        'd.signer_capacity',
        'd.signer_title',
        'd.signer_name',
        'd.place_name',
        'f.name as form_name',
        'f.rank as form_rank',
        ...PERSON_COLUMNS,
        'n.unit_id',
      ])
      // Highest form first, then each decision's own list order (DOMAIN.md: handed out in rank order).
      .orderBy('f.rank', 'desc')
      .orderBy('d.date')
      .orderBy('d.id')
      .orderBy('a.position')
      .orderBy('a.id')
  );
}

type AwardRow = Awaited<ReturnType<ReturnType<typeof awardQuery>['execute']>>[number];

function toSelected(row: AwardRow): SelectedAward {
  return {
    awardId: row.award_id,
    decisionId: row.decision_id,
    conferenceId: row.conference_id,
    formRank: row.form_rank,
    ...toPerson(row),
    registerNumber: row.register_number,
    formName: row.form_name,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    issuer: row.issuer,
    signerCapacity: row.signer_capacity,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    placeName: row.place_name,
  };
}

/**
 * The awards a batch prints, in certificate order; EMPTY_SELECTION when there are none.
 * Hand-picked ids are matched in memory: a selection of thousands would overrun SQLite's
 * limit on bound parameters. Awards of nominees moved to the bin are not printed.
 */
export async function selectAwards(
  db: Kysely<Database>,
  selection: BatchSelection,
): Promise<SelectedAward[]> {
  let query = awardQuery(db)
    .where('d.conference_id', '=', selection.conferenceId)
    .where('n.deleted_at', 'is', null);
  if (selection.decisionId !== null) query = query.where('a.decision_id', '=', selection.decisionId);
  if (selection.awardFormId !== null) query = query.where('a.award_form_id', '=', selection.awardFormId);
  if (selection.kind !== null) query = query.where('n.kind', '=', selection.kind);
  if (selection.unitId !== null) query = query.where('n.unit_id', '=', selection.unitId);
  let rows = await query.execute();
  if (selection.awardIds.length > 0) {
    const picked = new Set(selection.awardIds);
    rows = rows.filter((row) => picked.has(row.award_id));
  }
  if (rows.length === 0) throw new AppError('EMPTY_SELECTION', EMPTY_SELECTION_MESSAGE);
  return rows.map(toSelected);
}

/** One award by id, for the preview of a real honoree. */
export async function readAward(db: Kysely<Database>, awardId: number): Promise<SelectedAward> {
  const row = await awardQuery(db).where('a.id', '=', awardId).executeTakeFirst();
  if (!row) throw notFound(`khen thưởng #${awardId}`);
  return toSelected(row);
}

/** The conference's organiser, place and the installation's signer fill what a decision leaves empty. */
export async function textDefaults(db: Kysely<Database>, conferenceId: number): Promise<TextDefaults> {
  const heading = await documentHeading(db, conferenceId);
  return {
    issuer: heading.organiser,
    placeName: heading.placeName,
    signerTitle: heading.settings.signerTitle,
    signerName: heading.settings.signerName,
  };
}
