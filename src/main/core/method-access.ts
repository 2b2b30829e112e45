import type { MethodName } from '../../shared/api/contract';
import type { WriteGate } from '../jobs/gate';
import type { Handlers } from './dispatcher';

/**
 * How each method meets the write gate (src/main/jobs/gate.ts), in one place. A method not
 * listed may write, so it waits while a job holds the gate; a method listed as a read must
 * never write (a write there could block the core's thread on a job's lock). When in doubt,
 * leave a method out: it is then only slower during a job, never stuck.
 */
const READS: readonly MethodName[] = [
  'app.info',
  'conferences.list',
  'conferences.get',
  'settings.get',
  'awards.list',
  'units.list',
  'nominees.list',
  'nominees.ids',
  'nominees.get',
  'imports.open',
  'imports.remap',
  'council.list',
  'rules.list',
  'polls.list',
  'polls.get',
  'evoting.interfaces',
  'evoting.status',
  'evoting.checkSlip',
  'statistics.get',
  'registers.list',
  'decisions.list',
  'decisions.awards',
  'decisions.assignPreview',
  'salaries.list',
  'payments.list',
  'statistics.amounts',
  'dossier.list',
  'dossier.plan',
  'legalBases.get',
  'agenda.list',
  'delegates.list',
  'delegates.get',
  'delegates.search',
  'delegates.attendance',
  'projector.state',
  'ceremony.list',
  'audit.list',
  'backups.list',
  'backups.inspect',
  'archive.inspect',
  'exports.listDefaults',
  'jobs.cancel',
];

/** Methods that take the gate themselves, exclusively, around the job they hand to a worker. */
const OWN_GATE: readonly MethodName[] = ['imports.commit', 'archive.import'];

/** Methods that replace the database file: they run alone, after every job and write. */
const ALONE: readonly MethodName[] = ['backups.restore'];

export type MethodAccess = 'read' | 'write' | 'own-gate' | 'alone';

const ACCESS = new Map<string, MethodAccess>([
  ...READS.map((m) => [m, 'read'] as const),
  ...OWN_GATE.map((m) => [m, 'own-gate'] as const),
  ...ALONE.map((m) => [m, 'alone'] as const),
]);

export const methodAccess = (method: string): MethodAccess => ACCESS.get(method) ?? 'write';

/** The same handlers, each passing the gate as its access says. */
export function gateHandlers(handlers: Handlers, gate: WriteGate): Handlers {
  const gated: Record<string, (params: unknown) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [
    string,
    (params: unknown) => Promise<unknown>,
  ][]) {
    const access = methodAccess(method);
    gated[method] =
      access === 'write'
        ? (params) => gate.write(() => handler(params))
        : access === 'alone'
          ? // Putting a backup in place is how a damaged file is mended: it runs while writes are refused.
            (params) => gate.exclusively(() => handler(params), { recovery: true })
          : handler;
  }
  return gated as Handlers;
}
