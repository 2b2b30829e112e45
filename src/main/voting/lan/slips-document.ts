import { writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import { votingUrl, type slipsPdfInput } from '../../../shared/evoting';
import type { WrittenFile } from '../../../shared/files';
import { AppError } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import { documentHeading } from '../../documents/heading';
import { exportFileName, writeExport } from '../../exports/files';
import { pollRow, wrongState } from '../polls/checks';
import type { EvotingService } from './service';
import { issueSlips } from './slips';
import { renderSlips } from './slips-pdf';

/**
 * Issues new slips and writes them to a PDF in one go: their secrets exist only in this call
 * and on the paper it produces, never in the database or a log.
 */
export async function writeSlipsPdf(
  ctx: CoreContext,
  service: EvotingService,
  { pollId, address, port, copies }: z.output<typeof slipsPdfInput>,
): Promise<WrittenFile> {
  const { db } = ctx.store;
  const poll = await pollRow(db, pollId);
  if (poll.state !== 'draft' && poll.state !== 'voting') throw wrongState(poll.state, 'in phiếu điện tử');
  if (!service.addresses().some((a) => a.address === address)) {
    throw new AppError('VALIDATION', `Máy này không có địa chỉ ${address}; hãy chọn lại mạng.`);
  }
  const { organiser } = await documentHeading(db, poll.conference_id);
  const { title, slips } = await issueSlips(db, () => ctx.now().toISOString(), pollId, copies);
  const pdf = await renderSlips({
    organisation: organiser.toUpperCase(),
    pollTitle: title,
    url: votingUrl(address, port),
    slips,
  });
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Phiếu bầu điện tử', title, 'pdf'),
    rows: slips.length,
    write: (path) => writeFile(path, pdf),
  });
}
