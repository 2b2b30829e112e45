import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderApiDocs } from '../src/shared/api/docs';

const target = resolve(__dirname, '../docs/api.md');
writeFileSync(target, renderApiDocs());
console.log(`Wrote ${target}`);
