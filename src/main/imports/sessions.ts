import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../core/app-error';
import type { ImportColumn } from '../../shared/imports';
import type { TextGrid } from './cells';
import type { ParsedRow } from './parse-rows';

/**
 * An opened file between preview and commit. Kept in memory only: nothing is written before
 * commit, and a whole sheet is too large to keep in the database for a preview.
 */
export interface ImportSession {
  id: string;
  conferenceId: number;
  fileName: string;
  sheets: { name: string; grid: TextGrid }[];
  sheetName: string;
  /** 0-based heading row; -1 when none. */
  headerRow: number;
  columns: ImportColumn[];
  rows: ParsedRow[];
  mappingRemembered: boolean;
  touchedAt: number;
}

const MAX_SESSIONS = 4;
const MAX_AGE_MS = 60 * 60 * 1000;

/** What every kind of open file keeps (nominee lists, delegate lists). */
export interface SessionStamp {
  id: string;
  touchedAt: number;
}

/**
 * The refusal of a file opened through another server process on the same database (or before
 * this one restarted): its preview lives there, not here.
 */
export const openedElsewhere = (): AppError =>
  new AppError(
    'NOT_FOUND',
    'Tệp này được mở qua một máy chủ khác của ứng dụng (hoặc trước khi máy chủ khởi động lại), ' +
      'nên máy chủ này không có bản xem trước của nó. Chưa có dòng nào được ghi; hãy chọn lại tệp để nhập.',
    { reopen: true },
  );

/** A few open files at most: each holds a whole sheet, and an abandoned preview must not leak. */
export class ImportSessions<S extends SessionStamp = ImportSession> {
  private readonly sessions = new Map<string, S>();
  /**
   * Starts every id given here. Several server processes may share one database, and a commit
   * may reach another process than the preview did: the prefix tells it so.
   */
  private readonly origin = randomBytes(4).toString('hex');

  create(session: Omit<S, 'id' | 'touchedAt'>): S {
    this.prune();
    const created = { ...session, id: `${this.origin}-${randomUUID()}`, touchedAt: Date.now() } as S;
    this.sessions.set(created.id, created);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = [...this.sessions.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
      if (oldest) this.sessions.delete(oldest.id);
    }
    return created;
  }

  get(id: string): S | undefined {
    this.prune();
    const session = this.sessions.get(id);
    if (session) session.touchedAt = Date.now();
    return session;
  }

  /** The open session, or why there is none: gone from here (`expired`), or never here. */
  open(id: string, expired: () => AppError): S {
    const session = this.get(id);
    if (session) return session;
    throw id.startsWith(`${this.origin}-`) ? expired() : openedElsewhere();
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, s] of this.sessions) if (now - s.touchedAt > MAX_AGE_MS) this.sessions.delete(id);
  }
}
