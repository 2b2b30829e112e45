import { networkInterfaces } from 'node:os';
import type { EvotingStatus, NetworkAddress } from '../../../shared/evoting';
import { votingUrl } from '../../../shared/evoting';
import { appendAudit } from '../../audit/log';
import { AppError } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import { pollRow, wrongState } from '../polls/checks';
import { BallotBox, type BallotBoxOptions } from './ballot-box';
import { listenForPhones, type PhoneListener } from './listener';
import { loadPhonePage } from './phone-page';
import { slipTotals } from './queries';

/** The laptop's addresses a listener may be bound to; never the wildcard. */
export function listAddresses(): NetworkAddress[] {
  const out: NetworkAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      // Link-local IPv6 needs a zone in the URL that phones' browsers do not take.
      if (entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80')) continue;
      out.push({ name, address: entry.address, family: entry.family, internal: entry.internal });
    }
  }
  return out;
}

interface Open {
  box: BallotBox;
  listener: PhoneListener;
  openedAt: string;
}

export interface EvotingOptions {
  /** Where the phone page is read from (tests); resources/voting otherwise. */
  phonePageDir?: string;
  /** The rate limits, for tests and the benchmark. */
  limits?: Pick<BallotBoxOptions, 'wrongCodesPerAddress' | 'requestsPerSlip' | 'windowMs'>;
  /** The addresses a listener may take; the machine's own unless a test says otherwise. */
  addresses?: () => NetworkAddress[];
}

/**
 * Electronic voting for the whole core: at most one poll at a time has a listener, which exists
 * only while the operator has opened voting on it, and goes when voting closes, the poll leaves
 * voting or the core closes. Kept outside the handler maps so a database restore cannot orphan it.
 */
export class EvotingService {
  private open: Open | null = null;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: CoreContext,
    private readonly log: (message: string, error: unknown) => void,
    private readonly options: EvotingOptions = {},
  ) {
    ctx.events.subscribe((event) => {
      if (event.type === 'polls.changed' || event.type === 'database.replaced') void this.stopIfNotVoting();
    });
  }

  addresses(): NetworkAddress[] {
    return (this.options.addresses ?? listAddresses)();
  }

  async status(pollId: number): Promise<EvotingStatus> {
    const totals = await slipTotals(this.ctx.store.db, pollId);
    const open = this.open?.box.pollId === pollId ? this.open : null;
    return {
      pollId,
      listening: open && {
        address: open.listener.address,
        port: open.listener.port,
        url: votingUrl(open.listener.address, open.listener.port),
        openedAt: open.openedAt,
      },
      slips: totals.slips,
      used: totals.used,
      wrongCodes: open?.box.wrongCodes ?? 0,
      blocked: open?.box.blocked ?? 0,
      lastPhoneAt: open?.box.lastPhoneAt ?? null,
    };
  }

  start(pollId: number, address: string, port: number): Promise<EvotingStatus> {
    return this.serially(async () => {
      const poll = await pollRow(this.ctx.store.db, pollId);
      if (poll.state !== 'voting') throw wrongState(poll.state, 'mở bỏ phiếu điện tử');
      if (this.open && this.open.box.pollId !== pollId) {
        throw new AppError(
          'CONFLICT',
          'Đang bỏ phiếu điện tử cho một cuộc bỏ phiếu khác; hãy đóng cuộc đó trước.',
        );
      }
      if (!this.addresses().some((a) => a.address === address)) {
        throw new AppError('VALIDATION', `Máy này không có địa chỉ ${address}; hãy chọn lại mạng.`);
      }
      if ((await slipTotals(this.ctx.store.db, pollId)).slips === 0) {
        throw new AppError('VALIDATION', 'Chưa in phiếu bầu điện tử cho cuộc bỏ phiếu này.');
      }
      if (this.open) await this.stopNow();
      const box = await BallotBox.open(pollId, {
        db: () => this.ctx.store.db,
        now: this.ctx.now,
        write: (work) => this.ctx.gate.write(work),
        ...this.options.limits,
      });
      const page = loadPhonePage(this.options.phonePageDir);
      let listener: PhoneListener;
      try {
        listener = await listenForPhones(box, page, address, port, (error) =>
          this.log('Lỗi khi nhận phiếu điện tử', error),
        );
      } catch (error) {
        throw listenError(error, address, port);
      }
      const openedAt = this.ctx.now().toISOString();
      this.open = { box, listener, openedAt };
      await this.audit(pollId, poll.conference_id, `Mở tại ${votingUrl(address, listener.port)}`);
      return this.status(pollId);
    });
  }

  stop(pollId: number): Promise<EvotingStatus> {
    return this.serially(async () => {
      if (this.open?.box.pollId === pollId) {
        await this.stopNow();
        const poll = await pollRow(this.ctx.store.db, pollId);
        await this.audit(pollId, poll.conference_id, 'Đóng');
      }
      return this.status(pollId);
    });
  }

  /** When the core closes (the app quits). */
  shutdown(): Promise<void> {
    return this.serially(() => this.stopNow());
  }

  private async stopIfNotVoting(): Promise<void> {
    const open = this.open;
    if (!open) return;
    try {
      const poll = await pollRow(this.ctx.store.db, open.box.pollId);
      if (poll.state === 'voting') return;
    } catch {
      // The poll is gone (a restore): nothing to vote on.
    }
    await this.serially(async () => {
      if (this.open === open) await this.stopNow();
    });
  }

  private async stopNow(): Promise<void> {
    const open = this.open;
    this.open = null;
    if (open) await open.listener.close();
  }

  /** Called from a handler, which already holds the write gate. */
  private audit(pollId: number, conferenceId: number, detail: string): Promise<void> {
    return appendAudit(this.ctx.store.db, this.ctx.now().toISOString(), {
      conferenceId,
      entity: 'poll',
      entityId: pollId,
      action: 'evoting',
      detail,
    });
  }

  /** Opening and closing never interleave. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next;
  }
}

function listenError(error: unknown, address: string, port: number): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new AppError('CONFLICT', `Cổng ${port} đang được chương trình khác dùng; hãy chọn cổng khác.`);
  }
  if (code === 'EACCES')
    return new AppError('CONFLICT', `Không được phép mở cổng ${port}; hãy chọn cổng khác.`);
  return new AppError(
    'VALIDATION',
    `Không mở được bỏ phiếu điện tử tại ${address}:${port} (${code ?? 'lỗi'}).`,
  );
}
