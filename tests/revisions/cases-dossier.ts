import { readFileSync } from 'node:fs';
import type { Core } from '../../src/main/app/create-core';
import { call, conferenceInput } from '../helpers';
import type { StaleCase } from './case';

/** A conference whose decision template the office has loaded once, as a window lists it. */
async function loadedTemplate(core: Core) {
  const conference = await call(core, 'conferences.create', conferenceInput());
  const file = await call(core, 'dossier.templateFile', { conferenceId: conference.id, kind: 'decision' });
  const contentBase64 = readFileSync(file.path).toString('base64');
  const listed = await call(core, 'dossier.uploadTemplate', {
    conferenceId: conference.id,
    kind: 'decision',
    revision: null,
    contentBase64,
  });
  const revision = listed.find((t) => t.kind === 'decision')?.revision ?? null;
  if (revision === null) throw new Error('no stored template');
  /** Another window loads the template again: a new revision. */
  const reloadElsewhere = async () => {
    await call(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'decision',
      revision,
      contentBase64,
    });
  };
  return { conferenceId: conference.id, revision, contentBase64, reloadElsewhere };
}

export const DOSSIER_CASES: StaleCase[] = [
  {
    method: 'dossier.uploadTemplate',
    async arrange(core) {
      const t = await loadedTemplate(core);
      return {
        input: {
          conferenceId: t.conferenceId,
          kind: 'decision',
          revision: t.revision,
          contentBase64: t.contentBase64,
        },
        editElsewhere: t.reloadElsewhere,
      };
    },
  },
  {
    method: 'dossier.resetTemplate',
    async arrange(core) {
      const t = await loadedTemplate(core);
      return {
        input: { conferenceId: t.conferenceId, kind: 'decision', revision: t.revision },
        editElsewhere: t.reloadElsewhere,
      };
    },
  },
  {
    method: 'legalBases.save',
    async arrange(core) {
      const conference = await call(core, 'conferences.create', conferenceInput());
      const issuer = 'Ban Thường vụ Thị ủy Kỳ Anh';
      const saved = await call(core, 'legalBases.save', {
        conferenceId: conference.id,
        issuer,
        revision: null,
        bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
      });
      const bases = [...saved.bases, 'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ thị xã;'];
      return {
        input: { conferenceId: conference.id, issuer, revision: saved.revision, bases },
        editElsewhere: async () => {
          await call(core, 'legalBases.save', {
            conferenceId: conference.id,
            issuer,
            revision: saved.revision,
            bases: [...saved.bases, 'Căn cứ Hướng dẫn của Ban Thi đua - Khen thưởng tỉnh;'],
          });
        },
      };
    },
  },
];
