import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../core/app-error';
import { displayUrl } from './engine';
import type { Database } from './schema';

/** The one channel every server process on a database speaks on. */
export const CHANNEL = 'hoi_nghi_events';

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (with its default block size). A
 * message that would not fit is not sent at all: a cut JSON text would be worse than none.
 */
export const MAX_PAYLOAD_BYTES = 7_900;

/** How the listening connection shows in pg_stat_activity, for whoever looks after the server. */
export const LISTENER_NAME = 'hoi-nghi-listener';

/** The longest pause between two attempts to listen again after the connection dropped. */
const MAX_RETRY_MS = 5_000;

export interface NotifyOptions {
  /** Where a message that could not be sent, or a dropped connection, is reported. */
  log?: (message: string, error: unknown) => void;
  /** The first pause before listening again (doubled up to 5 s); tests shorten it. */
  retryMs?: number;
}

/**
 * Messages between the server processes that share one PostgreSQL database, over LISTEN/NOTIFY.
 * A process hears only what the others sent: what it sends itself comes back and is dropped
 * by its origin.
 */
export interface Notifier {
  /** This process's origin, different in each core. */
  readonly origin: string;
  /** Sends `message` (small JSON) to the other processes, in the order of the calls. */
  publish(message: unknown): void;
  /** `listener` hears every message another process sends. */
  subscribe(listener: (message: unknown) => void): () => void;
  /**
   * `listener` is told when listening starts again after a dropped connection: whatever the
   * others sent in between was lost, so caches built from their messages are stale.
   */
  onResume(listener: () => void): () => void;
  /** Resolves when every message published so far has been handed to the server. */
  flushed(): Promise<void>;
  close(): Promise<void>;
}

interface Envelope {
  o: string;
  m: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).o === 'string';
}

/**
 * Listens on `url` with a connection of its own (a pooled one may be handed to anyone, and
 * LISTEN belongs to a session) and sends through `db`'s pool. Resolves once listening, so that
 * nothing sent after the core opens is missed.
 */
export async function openNotifier(
  url: string,
  db: Kysely<Database>,
  options: NotifyOptions = {},
): Promise<Notifier> {
  const { default: pg } = await import('pg');
  const log = options.log ?? ((message, error) => console.error(message, error));
  const firstRetry = options.retryMs ?? 200;
  const origin = randomUUID();
  const listeners = new Set<(message: unknown) => void>();
  const resumed = new Set<() => void>();
  let client: Client | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let sending: Promise<void> = Promise.resolve();

  const receive = (payload: string | undefined) => {
    let envelope: unknown;
    try {
      envelope = JSON.parse(payload ?? '');
    } catch {
      return;
    }
    if (!isEnvelope(envelope) || envelope.o === origin) return;
    for (const listener of listeners) {
      try {
        listener(envelope.m);
      } catch (error) {
        log('Lỗi khi nhận thông báo từ máy chủ khác', error);
      }
    }
  };

  const listen = async (): Promise<void> => {
    const created = new pg.Client({ connectionString: url, application_name: LISTENER_NAME });
    created.on('notification', (note) => {
      if (note.channel === CHANNEL) receive(note.payload);
    });
    // Without a handler an 'error' event would end the process; 'end' follows it.
    created.on('error', () => undefined);
    await created.connect();
    try {
      await created.query(`listen ${CHANNEL}`);
    } catch (error) {
      await created.end().catch(() => undefined);
      throw error;
    }
    created.on('end', () => {
      if (client !== created || closed) return;
      client = null;
      log('Mất kết nối nhận thông báo từ các máy chủ khác; đang kết nối lại', null);
      schedule(firstRetry);
    });
    if (closed) {
      await created.end().catch(() => undefined);
      return;
    }
    client = created;
  };

  const schedule = (delay: number) => {
    retry = setTimeout(() => {
      retry = null;
      if (closed) return;
      listen().then(
        () => {
          for (const listener of resumed) listener();
        },
        () => schedule(Math.min(delay * 2, MAX_RETRY_MS)),
      );
    }, delay);
  };

  try {
    await listen();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'DB_UNREACHABLE',
      `Không mở được kết nối nhận thông báo từ máy chủ cơ sở dữ liệu "${displayUrl(url)}" (${reason}). ` +
        'Hãy kiểm tra máy chủ PostgreSQL rồi mở lại ứng dụng.',
      { path: displayUrl(url) },
    );
  }

  return {
    origin,
    publish(message) {
      if (closed) return;
      const payload = JSON.stringify({ o: origin, m: message } satisfies Envelope);
      if (Buffer.byteLength(payload, 'utf8') > MAX_PAYLOAD_BYTES) {
        log('Thông báo quá dài để gửi tới các máy chủ khác; đã bỏ qua', payload.slice(0, 200));
        return;
      }
      // One after another: two calls on different pooled connections could arrive swapped.
      sending = sending.then(async () => {
        try {
          await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(db);
        } catch (error) {
          log('Không gửi được thông báo tới các máy chủ khác', error);
        }
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResume(listener) {
      resumed.add(listener);
      return () => resumed.delete(listener);
    },
    flushed: () => sending,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await sending;
      const open = client;
      client = null;
      listeners.clear();
      resumed.clear();
      await open?.end().catch(() => undefined);
    },
  };
}
