import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { noisyBackground } from '../tests/certificates/engine/image';
import { seed } from './exports.bench';
import { defineBenchmark, timeMs, type Benchmark } from './types';

/**
 * `archive_roundtrip_ms`: a conference of 2,000 approved honorees, numbered by one decision, each
 * with a printed certificate on a template whose scanned background is 2 MB (noise, so it does
 * not compress); a run exports it through archive.export and imports the file through
 * archive.import into another installation, as the UI does (written to disk, then uploaded as base64).
 */

const COUNT = 2000;
const BACKGROUND_BYTES = 2 * 1024 * 1024;

interface Source {
  core: Core;
  dirs: string[];
  conferenceId: number;
}

async function call(core: Core, method: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

async function setup(): Promise<Source> {
  const { dir, conferenceId } = await seed(COUNT);
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const register = await call(core, 'registers.create', { name: 'Sổ vàng', suffix: '/KT', nextNumber: 1 });
  const decision = await call(core, 'decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    registerId: register.id,
  });
  const refs = (await call(core, 'nominees.ids', { conferenceId })) as unknown as { id: number }[];
  const ids = refs.map((ref) => ref.id);
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: ids,
  });
  const shipped = (await call(core, 'templates.list', {})) as unknown as { id: number }[];
  const copy = await call(core, 'templates.copy', { id: shipped[0]?.id, name: 'Giấy khen có nền' });
  const background = noisyBackground(1100, 800);
  if (background.length < BACKGROUND_BYTES) throw new Error(`background of ${background.length} bytes`);
  await call(core, 'templates.setImage', {
    id: copy.id,
    revision: copy.revision,
    slot: 'background',
    contentBase64: background.toString('base64'),
  });
  // The print records a batch leaves (printing itself is measured by certificates_2000_ms).
  await sql`insert into certificate_prints (award_id, template_id, template_version, job_id, printed_at)
    select da.id, ${Number(copy.id)}, 2, 'bench', '2021-05-19T08:00:00.000Z' from decision_awards da
    where da.decision_id = ${Number(decision.id)}`.execute(core.context.store.db);
  return { core, dirs: [dir], conferenceId };
}

export const archiveBenchmarks: Benchmark[] = [
  defineBenchmark<Source>({
    name: 'archive_roundtrip_ms',
    unit: 'ms',
    setup,
    run: async (source) => {
      const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-archive-'));
      source.dirs.push(dir);
      const target = await benchCore({ dataDir: dir, log: () => undefined });
      try {
        let imported: Record<string, unknown> = {};
        const ms = await timeMs(async () => {
          const file = await call(source.core, 'archive.export', { conferenceId: source.conferenceId });
          imported = await call(target, 'archive.import', {
            fileName: file.fileName,
            // What the page uploads: the file the export wrote.
            contentBase64: readFileSync(String(file.path)).toString('base64'),
          });
        });
        const counts = imported.counts as { nominees: number; prints: number };
        if (counts.nominees !== COUNT || counts.prints !== COUNT) {
          throw new Error(`imported ${JSON.stringify(counts)}`);
        }
        return ms;
      } finally {
        await target.close();
      }
    },
    teardown: async (source) => {
      await source.core.close();
      for (const dir of source.dirs) await removeBenchData(dir);
    },
  }),
];
