import { readdirSync } from 'node:fs';
import type { Core } from '../../src/main/app/create-core';
import type { BackupOptions } from '../../src/main/backups/service';
import { call, conferenceInput } from '../helpers';

/** A clock the test moves by hand, starting on a fixed morning. */
export function manualClock(start = new Date('2026-11-21T01:00:00.000Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Stands in for setInterval: the test fires the periodic check itself and awaits it. */
export function manualTimer() {
  let tick: (() => Promise<void>) | null = null;
  let interval = 0;
  const schedule: NonNullable<BackupOptions['schedule']> = (run, ms) => {
    tick = run;
    interval = ms;
    return () => {
      tick = null;
    };
  };
  return {
    schedule,
    interval: () => interval,
    running: () => tick !== null,
    fire: () => (tick ? tick() : Promise.resolve()),
  };
}

export async function addConference(core: Core, title: string, nominees: string[] = []) {
  const conference = await call(core, 'conferences.create', conferenceInput({ title }));
  for (const fullName of nominees) {
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName: 'Văn phòng Thị ủy',
      awardFormId: null,
    });
  }
  return conference;
}

export async function conferenceTitles(core: Core): Promise<string[]> {
  const page = await call(core, 'conferences.list', {});
  return page.map((c) => c.title).sort();
}

export async function backupNames(core: Core): Promise<string[]> {
  return (await call(core, 'backups.list', {})).backups.map((b) => b.name);
}

/** The database copies in a folder, without the manifest or anything else beside them. */
export function backupFilesIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.sqlite'));
}
