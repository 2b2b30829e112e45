import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { DOCUMENT_NAMES, type DocumentKind, type DossierPlan } from '../../shared/dossier';
import type { ExportedFile } from '../../shared/exports';
import type { FileRegistry } from '../core/file-registry';
import { AppError } from '../core/app-error';
import type { Database } from '../db/schema';
import { readDecision } from '../decisions/queries';
import { documentHeading } from '../documents/heading';
import { exportFileName, safeFileStem, writeExport } from '../exports/files';
import { readListOptions } from '../exports/list-options';
import { readPoll } from '../voting/polls/queries';
import { decisionDocumentSource, pollDocumentSource } from './read';
import { renderDocument } from './service';

/**
 * "Lập hồ sơ khen thưởng": from a closed poll to the decision's folder. The decision and its
 * register numbers go through decisions.create and decisions.assign, which the window confirms;
 * here are what the wizard is prefilled with and the writing of the files.
 */

export async function dossierPlan(db: Kysely<Database>, pollId: number, today: string): Promise<DossierPlan> {
  const poll = await readPoll(db, pollId);
  if (poll.state !== 'closed')
    throw new AppError(
      'VALIDATION',
      'Cuộc bỏ phiếu chưa kết thúc: hồ sơ chỉ lập được sau khi đóng bỏ phiếu.',
    );
  const passed = new Set(
    poll.tally?.results.filter((r) => r.verdict === 'passed').map((r) => r.nomineeId) ?? [],
  );
  const nominees = poll.nominees.filter((n) => passed.has(n.nomineeId));
  const heading = await documentHeading(db, poll.conferenceId);
  const options = await readListOptions(db, heading);
  // A decision of this conference that awards every nominee who passed was made by an earlier run.
  const covering =
    nominees.length === 0
      ? undefined
      : await db
          .selectFrom('decision_awards as a')
          .innerJoin('decisions as d', 'd.id', 'a.decision_id')
          .select(['d.id', 'd.number'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('d.conference_id', '=', poll.conferenceId)
          .where('a.nominee_id', 'in', [...passed])
          .groupBy(['d.id', 'd.number'])
          .orderBy('d.id', 'desc')
          .execute()
          .then((rows) => rows.find((r) => Number(r.n) === nominees.length));
  return {
    pollTitle: poll.title,
    nomineeIds: nominees.map((n) => n.nomineeId),
    collectives: nominees.filter((n) => n.kind !== 'ca_nhan').length,
    individuals: nominees.filter((n) => n.kind === 'ca_nhan').length,
    defaults: {
      date: today,
      issuer: options.decisionIssuer || heading.organiser,
      signerCapacity: options.signerCapacity,
      signerTitle: options.signerTitle || heading.settings.signerTitle,
      signerName: options.signerName || heading.settings.signerName,
      placeName: heading.placeName,
    },
    existing: covering ? { decisionId: covering.id, number: covering.number } : null,
  };
}

export interface FolderTarget {
  exportsDir: string;
  files: FileRegistry;
}

/** The four documents, written one after another into the decision's folder. */
export async function writeDossier(
  db: Kysely<Database>,
  target: FolderTarget,
  pollId: number,
  decisionId: number,
  now: Date,
): Promise<{ folder: string; files: ExportedFile[] }> {
  const decision = await readDecision(db, decisionId);
  const poll = await readPoll(db, pollId);
  if (poll.conferenceId !== decision.conferenceId)
    throw new AppError('VALIDATION', 'Quyết định và cuộc bỏ phiếu thuộc hai hội nghị khác nhau.');
  const folder = join(
    target.exportsDir,
    safeFileStem(`Hồ sơ khen thưởng - QĐ ${decision.number}`) || 'Hồ sơ khen thưởng',
  );
  const sources = [
    await pollDocumentSource(db, pollId, 'minutes', now),
    await pollDocumentSource(db, pollId, 'proposal', now),
    await decisionDocumentSource(db, decisionId, 'decision'),
    await decisionDocumentSource(db, decisionId, 'paymentList'),
  ];
  const files: ExportedFile[] = [];
  for (const source of sources) {
    const bytes = await renderDocument(db, source);
    files.push(
      await writeExport({
        dir: folder,
        files: target.files,
        fileName: exportFileName(DOCUMENT_NAMES[source.kind as DocumentKind], '', 'docx'),
        rows: 1,
        write: (path) => writeFile(path, bytes),
      }),
    );
  }
  return { folder, files };
}
