import { describe, expect, it } from 'vitest';
import { methodAccess } from '../../src/main/core/method-access';
import { WriteGate } from '../../src/main/jobs/gate';

/** A holder that records when it ran and finishes when told. */
function holder(log: string[], name: string) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    work: async () => {
      log.push(`${name} in`);
      await done;
      log.push(`${name} out`);
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the write gate', () => {
  it('lets writes run together, a job alone, and serves waiters in order', async () => {
    const gate = new WriteGate();
    const log: string[] = [];
    const [w1, w2, job, w3] = ['w1', 'w2', 'job', 'w3'].map((n) => holder(log, n)) as [
      ReturnType<typeof holder>,
      ReturnType<typeof holder>,
      ReturnType<typeof holder>,
      ReturnType<typeof holder>,
    ];
    const running = [
      gate.write(w1.work),
      gate.write(w2.work),
      gate.exclusively(job.work),
      gate.write(w3.work),
    ];
    await tick();
    // Both writes run; the job waits for them, and the write after the job waits behind it.
    expect(log).toEqual(['w1 in', 'w2 in']);
    expect(gate.busy).toBe(true);
    w1.finish();
    await tick();
    expect(log).toEqual(['w1 in', 'w2 in', 'w1 out']);
    w2.finish();
    await tick();
    expect(log.slice(3)).toEqual(['w2 out', 'job in']);
    job.finish();
    await tick();
    expect(log.slice(5)).toEqual(['job out', 'w3 in']);
    w3.finish();
    await Promise.all(running);
    expect(gate.busy).toBe(false);
  });

  it('releases the gate when the holder fails', async () => {
    const gate = new WriteGate();
    await expect(gate.exclusively(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.write(() => Promise.resolve(1))).resolves.toBe(1);
  });
});

describe('method access', () => {
  it.each([
    ['conferences.list', 'read'],
    ['nominees.list', 'read'],
    ['nominees.ids', 'read'],
    ['delegates.search', 'read'],
    ['audit.list', 'read'],
    ['nominees.create', 'write'],
    ['delegates.checkIn', 'write'],
    // Ensures the shipped templates on first use, so it may write.
    ['templates.list', 'write'],
    ['imports.commit', 'own-gate'],
    ['archive.import', 'own-gate'],
    ['backups.restore', 'alone'],
  ])('%s is %s', (method, access) => {
    expect(methodAccess(method)).toBe(access);
  });
});
