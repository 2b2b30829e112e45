import type { Core } from '../../src/main/app/create-core';
import { bodyOf } from '../../src/main/certificates/templates/queries';
import type { CertificateTemplate } from '../../src/shared/certificates';
import { solidPng } from '../certificates/seed';
import { call } from '../helpers';
import type { StaleCase } from './case';

/** A template of ours as the editor reads it: a copy of the first shipped one, read back. */
async function openedTemplate(core: Core): Promise<CertificateTemplate> {
  const [shipped] = await call(core, 'templates.list', {});
  if (!shipped) throw new Error('no shipped template');
  const copy = await call(core, 'templates.copy', { id: shipped.id, name: 'Giấy khen của Thị ủy' });
  return call(core, 'templates.get', { id: copy.id });
}

/** Another window moves the name box: a new design, a new revision. */
const moveRecipientElsewhere = (core: Core, template: CertificateTemplate) => async () => {
  const latest = await call(core, 'templates.get', { id: template.id });
  const fields = latest.fields.map((f) => (f.key === 'recipient' ? { ...f, y: f.y + 5 } : f));
  await call(core, 'templates.save', {
    id: latest.id,
    revision: latest.revision,
    body: { ...bodyOf(latest), fields },
  });
};

export const TEMPLATES_CASES: StaleCase[] = [
  {
    method: 'templates.save',
    async arrange(core) {
      const template = await openedTemplate(core);
      return {
        input: {
          id: template.id,
          revision: template.revision,
          body: { ...bodyOf(template), name: 'Giấy khen đã căn lại' },
        },
        // An image set elsewhere changes the record too, not only its body.
        editElsewhere: async () => {
          await call(core, 'templates.setImage', {
            id: template.id,
            revision: template.revision,
            slot: 'emblem',
            contentBase64: solidPng().toString('base64'),
          });
        },
      };
    },
  },
  {
    method: 'templates.delete',
    async arrange(core) {
      const template = await openedTemplate(core);
      return {
        input: { id: template.id, revision: template.revision },
        editElsewhere: moveRecipientElsewhere(core, template),
      };
    },
  },
  {
    method: 'templates.setImage',
    async arrange(core) {
      const template = await openedTemplate(core);
      return {
        input: {
          id: template.id,
          revision: template.revision,
          slot: 'background',
          contentBase64: solidPng(8).toString('base64'),
        },
        editElsewhere: moveRecipientElsewhere(core, template),
      };
    },
  },
  {
    method: 'templates.setImage',
    label: 'removing an image',
    async arrange(core) {
      const copy = await openedTemplate(core);
      await call(core, 'templates.setImage', {
        id: copy.id,
        revision: copy.revision,
        slot: 'emblem',
        contentBase64: solidPng().toString('base64'),
      });
      const template = await call(core, 'templates.get', { id: copy.id });
      return {
        input: { id: template.id, revision: template.revision, slot: 'emblem', contentBase64: null },
        editElsewhere: moveRecipientElsewhere(core, template),
      };
    },
  },
];
