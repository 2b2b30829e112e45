import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { templateMethods } from '../../../shared/api/contract-templates';
import { claimRevision } from '../../db/revision';
import type { Database } from '../../db/schema';
import { exportTemplate } from './export';
import { readTemplateFile } from './files';
import {
  bodyOf,
  deleteTemplate,
  ensureShippedTemplates,
  insertTemplate,
  listTemplates,
  readImages,
  readTemplate,
  saveTemplateBody,
  saveTemplateImage,
  uniqueName,
} from './queries';
import { assertTemplateFits, decodeImage } from '../validate';
import { transact } from '../../db/transact';

type TemplateHandlers = HandlersOf<typeof templateMethods>;

export const SHIPPED_READ_ONLY = 'Mẫu có sẵn không sửa được; hãy sao chép để sửa';

/**
 * The shipped templates are inserted on the first call that needs templates: the handler
 * factory is synchronous, and a database opened read-only for a look never gets rows it did
 * not ask for. A failure is not remembered, so the next call tries again.
 */
export function shippedTemplatesOnce(ctx: CoreContext): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= ensureShippedTemplates(ctx.store.db, ctx.now().toISOString()).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

const WHAT = 'mẫu giấy khen';

/**
 * Runs a change of one template of ours in a transaction that first claims the revision the
 * window read, so a stale window, a shipped template or a failed write changes nothing.
 */
function changeTemplate<T>(
  db: Kysely<Database>,
  id: number,
  revision: number,
  write: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'certificate_templates', id, revision, WHAT);
    const template = await readTemplate(trx, id);
    if (template.builtIn) throw new AppError('CONFLICT', SHIPPED_READ_ONLY);
    return write(trx);
  });
}

export function templateHandlers(ctx: CoreContext, ready: () => Promise<void>): TemplateHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = () => ctx.events.emit({ type: 'templates.changed' });

  return {
    'templates.list': async () => {
      await ready();
      return listTemplates(db);
    },

    'templates.get': async ({ id }) => {
      await ready();
      return readTemplate(db, id);
    },

    'templates.copy': async ({ id, name }) => {
      await ready();
      const source = await readTemplate(db, id);
      const images = await readImages(db, id);
      const copyId = await insertTemplate(db, { ...bodyOf(source), name }, images, now());
      changed();
      return readTemplate(db, copyId);
    },

    'templates.save': async ({ id, revision, body }) => {
      await ready();
      assertTemplateFits(body);
      const saved = await changeTemplate(db, id, revision, async (trx) => {
        await saveTemplateBody(trx, id, body, now());
        return readTemplate(trx, id);
      });
      changed();
      return saved;
    },

    // Print records keep the template's id and version as history; they do not hold it back.
    'templates.delete': async ({ id, revision }) => {
      await ready();
      const deleted = await changeTemplate(db, id, revision, (trx) => deleteTemplate(trx, id));
      changed();
      return { deleted };
    },

    // An image is part of the design: changing it is a new version, like a moved field.
    'templates.image': async ({ id, slot }) => {
      await ready();
      await readTemplate(db, id);
      const image = (await readImages(db, id))[slot];
      if (!image) return { mime: null, contentBase64: null };
      // PNG files start with 0x89 'P'; anything else stored here passed the JPEG check.
      const mime = image[0] === 0x89 && image[1] === 0x50 ? 'image/png' : 'image/jpeg';
      return { mime, contentBase64: image.toString('base64') };
    },
    'templates.setImage': async ({ id, revision, slot, contentBase64 }) => {
      await ready();
      const image = contentBase64 === null ? null : decodeImage(contentBase64);
      const saved = await changeTemplate(db, id, revision, async (trx) => {
        await saveTemplateImage(trx, id, slot, image, now());
        return readTemplate(trx, id);
      });
      changed();
      return saved;
    },

    'templates.export': async ({ id }) => {
      await ready();
      return exportTemplate(ctx, id);
    },

    'templates.import': async ({ contentBase64 }) => {
      await ready();
      const { body, images } = readTemplateFile(contentBase64);
      const name = await uniqueName(db, body.name);
      const id = await insertTemplate(db, { ...body, name }, images, now());
      changed();
      return readTemplate(db, id);
    },
  };
}
