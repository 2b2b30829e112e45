import { z } from 'zod';
import { entityId } from './fields';

/** A unit (đơn vị): where a person works, or who proposes; shared by all conferences. */
export const unitRecord = z.object({
  id: z.number().int(),
  name: z.string(),
  parentId: z.number().int().nullable(),
});
export type Unit = z.infer<typeof unitRecord>;

export const unitListInput = z
  .object({ conferenceId: entityId().nullable().default(null) })
  .default({ conferenceId: null });
