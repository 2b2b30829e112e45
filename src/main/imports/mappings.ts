import type { Kysely } from 'kysely';
import { IMPORT_FIELDS, type ImportColumn, type ImportField } from '../../shared/imports';
import type { Database } from '../db/schema';

/** The mapping chosen last time for a file with exactly these headings, if any. */
export async function loadMapping(
  db: Kysely<Database>,
  signature: string,
): Promise<Record<number, ImportField> | null> {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('signature', '=', signature)
    .executeTakeFirst();
  if (!row) return null;
  try {
    const stored = JSON.parse(row.mapping) as Record<string, string>;
    const mapping: Record<number, ImportField> = {};
    for (const [index, field] of Object.entries(stored)) {
      if ((IMPORT_FIELDS as readonly string[]).includes(field)) mapping[Number(index)] = field as ImportField;
    }
    return mapping;
  } catch {
    return null;
  }
}

export async function saveMapping(
  db: Kysely<Database>,
  signature: string,
  columns: ImportColumn[],
  now: string,
): Promise<void> {
  const mapping = Object.fromEntries(columns.filter((c) => c.field).map((c) => [c.index, c.field]));
  await db
    .insertInto('import_mappings')
    .values({ signature, mapping: JSON.stringify(mapping), updated_at: now })
    .onConflict((oc) =>
      oc.column('signature').doUpdateSet({ mapping: JSON.stringify(mapping), updated_at: now }),
    )
    .execute();
}
