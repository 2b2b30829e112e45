import type { Kysely } from 'kysely';
import { listOptionsRecord, type ListOptions } from '../../shared/exports';
import type { Database } from '../db/schema';
import type { DocumentHeading } from '../documents/heading';

/**
 * The options a conference's list starts from: those of its last export, else defaults from the
 * conference's newest decision (number, date, issuer, signer), then from the conference and the
 * installation settings; approved honorees only.
 */
export async function readListOptions(db: Kysely<Database>, heading: DocumentHeading): Promise<ListOptions> {
  const row = await db
    .selectFrom('export_options')
    .select('list_options')
    .where('conference_id', '=', heading.conference.id)
    .executeTakeFirst();
  if (row) {
    // Saved options passed the schema when saved; a later version may add fields with defaults.
    const saved = listOptionsRecord.safeParse(JSON.parse(row.list_options));
    if (saved.success) return saved.data;
  }
  // The list goes with an award decision: once one is recorded, it says what the list cites.
  const decision = await db
    .selectFrom('decisions')
    .select(['number', 'date', 'issuer', 'signer_capacity', 'signer_title', 'signer_name'])
    .where('conference_id', '=', heading.conference.id)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return listOptionsRecord.parse({
    decisionNumber: decision?.number ?? '',
    decisionDate: decision?.date ?? '',
    decisionIssuer: decision?.issuer || heading.organiser,
    signerCapacity: decision?.signer_capacity ?? '',
    signerTitle: decision?.signer_title || heading.settings.signerTitle,
    signerName: decision?.signer_name || heading.settings.signerName,
  });
}

export async function saveListOptions(
  db: Kysely<Database>,
  conferenceId: number,
  options: ListOptions,
  now: Date,
): Promise<void> {
  const values = {
    conference_id: conferenceId,
    list_options: JSON.stringify(options),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('export_options')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('conference_id')
        .doUpdateSet({ list_options: values.list_options, updated_at: values.updated_at }),
    )
    .execute();
}
