import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../src/main/core/dispatcher';
import { AppError } from '../../src/main/core/app-error';
import { METHOD_NAMES } from '../../src/shared/api/contract';
import { errorMessages } from '../../src/shared/messages';
import { callError, conferenceInput, useCores, useTempDir } from '../helpers';
import { sql } from 'kysely';
import { queryValue } from '../db-access';

const SECRET = 'SQLITE_IOERR at /home/someone/private/hoi-nghi.sqlite';

/** Every method answered by `impl`, so one behaviour can be tested without a database. */
function fakeHandlers(impl: (params: unknown) => Promise<unknown>): Handlers {
  return Object.fromEntries(METHOD_NAMES.map((name) => [name, impl])) as unknown as Handlers;
}

describe('dispatcher through the core', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setup() {
    const core = await openCore({ dataDir: dir() });
    const store = core.context.store;
    const count = async () => Number(await queryValue(store, sql`select count(*) from conferences`));
    const settingsCount = async () => Number(await queryValue(store, sql`select count(*) from settings`));
    return { core, count, settingsCount };
  }

  it.each([
    'conferences.delete',
    'conference.create',
    '',
    '__proto__',
    'constructor',
    'toString',
    'x'.repeat(5000),
  ])('refuses the unknown method %j and writes nothing', async (method) => {
    const { core, count, settingsCount } = await setup();
    const error = await callError(core, method, conferenceInput());
    expect(error.code).toBe('UNKNOWN_METHOD');
    // The echoed name is capped so a huge method name is not reflected back whole.
    expect(error.message.length).toBeLessThan(200);
    expect(await count()).toBe(0);
    expect(await settingsCount()).toBe(0);
  });

  const invalidCreates: { name: string; input: unknown; fields: { path: string; key: string }[] }[] = [
    {
      name: 'missing title',
      input: { kind: 'so_ket', startsAt: '2021-05-19' },
      fields: [{ path: 'title', key: 'required' }],
    },
    {
      name: 'blank title',
      input: conferenceInput({ title: '  \t ' }),
      fields: [{ path: 'title', key: 'required' }],
    },
    {
      name: 'title of 10,000 chars',
      input: conferenceInput({ title: 'a'.repeat(10_000) }),
      fields: [{ path: 'title', key: 'tooLong' }],
    },
    {
      name: 'title of 301 chars',
      input: conferenceInput({ title: 'a'.repeat(301) }),
      fields: [{ path: 'title', key: 'tooLong' }],
    },
    {
      name: '30 February',
      input: conferenceInput({ startsAt: '2021-02-30' }),
      fields: [{ path: 'startsAt', key: 'invalidDate' }],
    },
    {
      name: 'day-first date',
      input: conferenceInput({ startsAt: '19/05/2021' }),
      fields: [{ path: 'startsAt', key: 'invalidDate' }],
    },
    {
      name: 'hour 24',
      input: conferenceInput({ startsAt: '2021-05-19T24:00' }),
      fields: [{ path: 'startsAt', key: 'invalidDate' }],
    },
    {
      name: 'end before start',
      input: conferenceInput({ startsAt: '2021-05-19', endsAt: '2021-05-18' }),
      fields: [{ path: 'endsAt', key: 'endBeforeStart' }],
    },
    {
      name: 'end time before start time on the same day',
      input: conferenceInput({ startsAt: '2021-05-19T14:00', endsAt: '2021-05-19T07:30' }),
      fields: [{ path: 'endsAt', key: 'endBeforeStart' }],
    },
    {
      name: 'title as a number',
      input: conferenceInput({ title: 42 as never }),
      fields: [{ path: 'title', key: 'invalid' }],
    },
    {
      name: 'unknown kind',
      input: conferenceInput({ kind: 'dai_hoi' as never }),
      fields: [{ path: 'kind', key: 'invalid' }],
    },
    {
      name: 'null where text is optional',
      input: conferenceInput({ campaign: null as never, notes: null as never }),
      fields: [
        { path: 'campaign', key: 'invalid' },
        { path: 'notes', key: 'invalid' },
      ],
    },
    { name: 'a string', input: 'Hội nghị', fields: [{ path: '', key: 'invalid' }] },
    { name: 'an array', input: [conferenceInput()], fields: [{ path: '', key: 'invalid' }] },
    { name: 'null', input: null, fields: [{ path: '', key: 'invalid' }] },
  ];

  it.each(invalidCreates)(
    'refuses conferences.create with $name, naming the field',
    async ({ input, fields }) => {
      const { core, count, settingsCount } = await setup();
      const error = await callError(core, 'conferences.create', input);
      expect(error.code).toBe('VALIDATION');
      expect(error.details?.fields).toEqual(fields);
      expect(await count()).toBe(0);
      expect(await settingsCount()).toBe(0);
    },
  );

  it.each([
    { method: 'conferences.update', input: { ...conferenceInput(), id: 0, revision: 1 }, path: 'id' },
    { method: 'conferences.update', input: { ...conferenceInput(), id: 1.5, revision: 1 }, path: 'id' },
    { method: 'conferences.update', input: { ...conferenceInput(), id: 1 }, path: 'revision' },
    { method: 'conferences.archive', input: { id: '1', revision: 1 }, path: 'id' },
    { method: 'conferences.archive', input: { id: 1, revision: 0 }, path: 'revision' },
    { method: 'conferences.list', input: { includeArchived: 'yes' }, path: 'includeArchived' },
    { method: 'settings.update', input: { language: 'fr' }, path: 'language' },
    { method: 'settings.update', input: { openConferenceId: -1 }, path: 'openConferenceId' },
    { method: 'app.info', input: { unexpected: true }, path: '' },
  ])('refuses $method with a bad $path', async ({ method, input, path }) => {
    const { core, count } = await setup();
    await core.dispatch('conferences.create', conferenceInput());
    const error = await callError(core, method, input);
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.fields?.map((f) => f.path)).toEqual([path]);
    expect(await count()).toBe(1);
  });

  it('lets a valid create through with normalised text and defaults', async () => {
    const { core, count } = await setup();
    const result = await core.dispatch('conferences.create', {
      ...conferenceInput(),
      unknownField: 'ignored',
    });
    expect(result.ok).toBe(true);
    expect(await count()).toBe(1);
  });
});

describe('createDispatcher', () => {
  it('hands handlers the parsed input, with text normalised and defaults filled in', async () => {
    const seen: unknown[] = [];
    const dispatch = createDispatcher(
      fakeHandlers((params) => {
        seen.push(params);
        return Promise.resolve('done');
      }),
    );
    const result = await dispatch('conferences.create', conferenceInput({ title: '  Hội   nghị  ' }));
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(seen).toEqual([
      expect.objectContaining({ title: 'Hội nghị', campaign: '', notes: '', endsAt: null }),
    ]);
  });

  it('does not call any handler when the input is invalid', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    const dispatch = createDispatcher(fakeHandlers(handler));
    await dispatch('conferences.create', { title: '' });
    await dispatch('nope.nothing', {});
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['rejects', () => Promise.reject(new Error(SECRET))],
    [
      'throws synchronously',
      () => {
        throw new Error(SECRET);
      },
    ],
    ['rejects with a non-Error', () => Promise.reject(SECRET)],
  ])('reports INTERNAL without leaking the message when a handler %s', async (_, impl) => {
    const onUnexpected = vi.fn();
    const dispatch = createDispatcher(fakeHandlers(impl as () => Promise<unknown>), onUnexpected);
    const result = await dispatch('conferences.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: errorMessages.vi.INTERNAL } });
    expect(JSON.stringify(result)).not.toContain('SQLITE_IOERR');
    // The real cause still reaches the log.
    expect(onUnexpected).toHaveBeenCalledTimes(1);
    expect(onUnexpected).toHaveBeenCalledWith('conferences.list', expect.anything());
  });

  it('passes an AppError through with its code, message and details', async () => {
    const onUnexpected = vi.fn();
    const dispatch = createDispatcher(
      fakeHandlers(() => Promise.reject(new AppError('CONFLICT', 'Đã bị sửa ở nơi khác', { id: 7 }))),
      onUnexpected,
    );
    const result = await dispatch('conferences.get', { id: 7 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Đã bị sửa ở nơi khác', details: { id: 7 } },
    });
    expect(onUnexpected).not.toHaveBeenCalled();
  });
});
