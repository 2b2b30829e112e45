import { describe, expect, it } from 'vitest';
import type { PrintRunner } from '../../src/main/certificates/runner';
import { inProcessRunner } from '../../src/main/certificates/runner';
import { callError } from '../helpers';
import { useCluster } from './cluster';

/** Draws nothing: holds the batch open, as a long one would be, until it is cancelled. */
const endlessRunner = (started: () => void): PrintRunner => ({
  ...inProcessRunner,
  print: (_job, { signal, onPrepared }) =>
    new Promise((_resolve, reject) => {
      onPrepared(500);
      started();
      signal.addEventListener('abort', () => reject(new Error('stopped')));
    }),
});

describe('a certificate batch cancelled through another server process', () => {
  const cluster = useCluster();

  it('is stopped where it runs, and the cancel says so', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const [a] = await cluster.open(1, {
      certificates: { runner: endlessRunner(() => started()), log: () => undefined },
    });
    const b = await cluster.join();
    const printing = callError(a, 'certificates.print', {
      conferenceId: 1,
      templateId: 1,
      jobId: 'lo-in-giay-khen-1',
    });
    const first = await Promise.race([running.then(() => 'running'), printing]);
    expect(first).toBe('running');
    expect(await b.dispatch('jobs.cancel', { jobId: 'lo-in-giay-khen-1' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    const stopped = await printing;
    expect(stopped).toMatchObject({ code: 'CONFLICT', message: 'Đã hủy in; chưa tạo tệp nào.' });
    // Nothing runs under that id any more, here or there.
    expect(await b.dispatch('jobs.cancel', { jobId: 'lo-in-giay-khen-1' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(await a.dispatch('jobs.cancel', { jobId: 'lo-in-giay-khen-1' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });
});
