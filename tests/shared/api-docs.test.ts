import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/shared/api/contract';
import { renderApiDocs } from '../../src/shared/api/docs';
import { appEventSchema, type AppEventType } from '../../src/shared/api/events';

describe('docs/api.md', () => {
  it('matches the contract (run `npm run docs:api` after changing it)', () => {
    const committed = readFileSync(resolve(__dirname, '../../docs/api.md'), 'utf8');
    expect(committed).toBe(renderApiDocs());
  });

  it('documents every method with its input and output', () => {
    const docs = renderApiDocs();
    for (const name of METHOD_NAMES) expect(docs).toContain(`## \`${name}\``);
    expect(docs).toContain('at most 300 characters once normalised');
  });

  it('lists every event with its fields', () => {
    const docs = renderApiDocs();
    const types = appEventSchema.options.map((option) => option.shape.type.value);
    // Written out so that an event added or dropped without its docs fails here.
    const expected: AppEventType[] = [
      'conferences.changed',
      'settings.changed',
      'nominees.changed',
      'awards.changed',
      'council.changed',
      'polls.changed',
      'decisions.changed',
      'templates.changed',
      'agenda.changed',
      'delegates.changed',
      'ceremony.changed',
      'projector.changed',
      'backups.changed',
      'audit.changed',
      'database.health',
      'database.replaced',
      'job.progress',
    ];
    expect(types).toEqual(expected);
    for (const type of types) expect(docs).toContain(`- \`${type}\``);
    expect(docs).toContain('`nominees.changed` `{ conferenceId: integer }`');
    expect(docs).toContain('`conferences.changed` `{ id: integer | null }`');
  });
});
