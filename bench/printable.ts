import type { Core } from '../src/main/app/create-core';
import { noisyBackground } from '../tests/certificates/engine/image';

/** The core's dispatch as a benchmark's setup uses it: the value, or a thrown message. */
export type Call = (method: string, input: unknown) => Promise<Record<string, unknown>>;

export function caller(core: Core): Call {
  return async (method, input) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
}

/**
 * Makes a seeded conference printable: its first `count` nominees (all when undefined) awarded
 * by one decision with a register, and a copy of a shipped template with a scanned-looking
 * background that it prints.
 */
export async function awardWithTemplate(
  call: Call,
  conferenceId: number,
  count?: number,
): Promise<{ decisionId: number; templateId: number }> {
  const register = await call('registers.create', { name: 'Sổ vàng', suffix: '/KT', nextNumber: 1 });
  const decision = await call('decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    registerId: register.id,
  });
  const refs = (await call('nominees.ids', { conferenceId })) as unknown as { id: number }[];
  const ids = refs.map((ref) => ref.id);
  const nomineeIds = count === undefined ? ids : ids.slice(0, count);
  await call('decisions.assign', { decisionId: decision.id, revision: decision.revision, nomineeIds });
  const shipped = (await call('templates.list', {})) as unknown as { id: number }[];
  const copy = await call('templates.copy', { id: shipped[0]?.id, name: 'Giấy khen có nền' });
  const withBackground = await call('templates.setImage', {
    id: copy.id,
    revision: copy.revision,
    slot: 'background',
    contentBase64: noisyBackground().toString('base64'),
  });
  const {
    id,
    version: _v,
    revision: _r,
    builtIn: _b,
    hasBackground: _h,
    hasEmblem: _e,
    updatedAt: _u,
    ...body
  } = copy;
  await call('templates.save', {
    id,
    revision: withBackground.revision,
    body: { ...body, printBackground: true },
  });
  return { decisionId: Number(decision.id), templateId: Number(id) };
}
