import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/shared/api/contract';
import { renderApiDocs } from '../../src/shared/api/docs';

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
});
