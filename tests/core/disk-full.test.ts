import { describe, expect, it } from 'vitest';
import { isDiskFull } from '../../src/main/core/disk-full';
import { createDispatcher, type Handlers } from '../../src/main/core/dispatcher';

const sqliteFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

describe('a full disk is recognised', () => {
  it('by SQLite code or errno, directly, down a cause chain or in an aggregate', () => {
    expect(isDiskFull(sqliteFull())).toBe(true);
    expect(isDiskFull(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBe(true);
    expect(isDiskFull(new Error('job failed', { cause: new Error('write', { cause: sqliteFull() }) }))).toBe(
      true,
    );
    expect(isDiskFull(new AggregateError([new Error('other'), sqliteFull()]))).toBe(true);
  });

  it('and nothing else is, even a chain that loops', () => {
    const looping = new Error('a') as Error & { cause?: unknown };
    looping.cause = looping;
    expect(isDiskFull(looping)).toBe(false);
    expect(isDiskFull(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(false);
    expect(isDiskFull('ENOSPC')).toBe(false);
    expect(isDiskFull(null)).toBe(false);
  });

  it('answers DISK_FULL from the dispatcher without reporting it as unexpected', async () => {
    const unexpected: unknown[] = [];
    const failing = { 'settings.get': () => Promise.reject(new Error('x', { cause: sqliteFull() })) };
    const dispatch = createDispatcher(failing as unknown as Handlers, (_m, e) => unexpected.push(e));
    const result = await dispatch('settings.get', undefined);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message: 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã ghi vẫn an toàn.',
      },
    });
    expect(unexpected).toEqual([]);
  });
});
