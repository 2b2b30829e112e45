import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Register, registerInput } from '../../shared/certificates';
import { appendAudit } from '../audit/log';
import { AppError } from '../core/app-error';
import { claimRevision } from '../db/revision';
import type { Database } from '../db/schema';
import { insertRegister, registerRow, toRegister, updateRegister } from './queries';
import { transact } from '../db/transact';

type RegisterFields = z.output<typeof registerInput>;
type Clock = () => string;

const registerColumns = (input: RegisterFields) => ({
  name: input.name,
  prefix: input.prefix,
  suffix: input.suffix,
  padding: input.padding,
  next_number: input.nextNumber,
});

export async function createRegister(
  db: Kysely<Database>,
  now: Clock,
  input: RegisterFields,
): Promise<Register> {
  const id = await transact(db, async (trx) => {
    const created = await insertRegister(trx, { ...registerColumns(input), created_at: now() });
    await appendAudit(trx, now(), {
      conferenceId: null,
      entity: 'register',
      entityId: created,
      action: 'create',
      after: input,
    });
    return created;
  });
  return toRegister(await registerRow(db, id));
}

/**
 * Changes a register the window read at `revision`; a register changed since (renamed
 * elsewhere, or its counter moved on by awards given) is refused.
 */
export async function changeRegister(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
  input: RegisterFields,
): Promise<Register> {
  await transact(db, async (trx) => {
    await claimRevision(trx, 'registers', id, revision, 'sổ vàng');
    const before = await registerRow(trx, id);
    // Numbers below the counter may already be on certificates: going back would repeat them.
    if (input.nextNumber < before.next_number) {
      throw new AppError(
        'CONFLICT',
        `Số tiếp theo của sổ "${before.name}" không thể giảm từ ${before.next_number} xuống ${input.nextNumber}: ` +
          'các số nhỏ hơn có thể đã được cấp, một số không bao giờ được cấp hai lần.',
        { fields: [{ path: 'nextNumber', key: 'invalid' }] },
      );
    }
    await updateRegister(trx, id, registerColumns(input));
    const { revision: _revision, ...shown } = toRegister(before);
    await appendAudit(trx, now(), {
      conferenceId: null,
      entity: 'register',
      entityId: id,
      action: 'update',
      before: shown,
      after: input,
    });
  });
  return toRegister(await registerRow(db, id));
}
