import type { DatabaseHealth } from '../../shared/api/contract-app';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';

/**
 * The whole-file check an open at start-up leaves for later (OpenOptions.checkLater), run after
 * the app answers. It holds the write gate exclusively while a job worker reads every page, so
 * writes wait and reads go on. A sound file is then raised to its id marks and writes resume; a
 * damaged one is said at once (app.info, the `database.health` event) and the gate refuses every
 * write but a restore, so nothing is written to it before the person decides.
 */
export class StartupCheck {
  state: DatabaseHealth;
  problem: string | null = null;

  constructor(private readonly ctx: CoreContext) {
    this.state = ctx.store.checkPending ? 'checking' : 'sound';
  }

  /** Resolves once the file is known sound or damaged; never rejects. */
  async run(log: (message: string, error: unknown) => void): Promise<void> {
    if (!this.ctx.store.checkPending) return;
    const { store } = this.ctx;
    try {
      await this.ctx.gate.exclusively(async () => {
        const result = await this.ctx.jobs.run('database.check', { path: store.path }, store);
        if (result.problem === null) {
          store.file?.completeOpen(result.marks);
          this.state = 'sound';
        } else {
          this.damaged(store.path, result.problem);
        }
      });
    } catch (error) {
      // The check could not run at all (no worker): say so rather than trust the file.
      log('Kiểm tra tệp dữ liệu khi khởi động thất bại', error);
      this.damaged(store.path, error instanceof Error ? error.message : String(error));
    }
    this.ctx.events.emit({ type: 'database.health' });
  }

  /** A backup was put in place: the new file was checked before it was. */
  restored(): void {
    if (this.state === 'sound') return;
    this.state = 'sound';
    this.problem = null;
    this.ctx.gate.reopen();
    this.ctx.events.emit({ type: 'database.health' });
  }

  private damaged(path: string, found: string): void {
    // SQLite reports several lines ("*** in database main ***\nTree 57 page 57: …"): one line here.
    const problem = found.replace(/\s+/g, ' ').trim();
    this.state = 'damaged';
    this.problem = problem;
    this.ctx.gate.refuse(
      new AppError(
        'DB_CORRUPT',
        `Tệp dữ liệu "${path}" bị hỏng (${problem}). Ứng dụng không ghi gì vào tệp này; ` +
          'hãy mở trang Sao lưu và khôi phục một bản sao lưu.',
        { path, problem },
      ),
    );
  }
}
