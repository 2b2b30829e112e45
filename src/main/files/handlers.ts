import { dirname } from 'node:path';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import { openWrittenFile, writtenFile } from './service';

/**
 * Opening a written file where it is. The window names the file by its handle; the path comes
 * from the registry, so no path sent from outside ever reaches the shell.
 */
export function fileHandlers(ctx: CoreContext): Pick<Handlers, 'files.open' | 'files.reveal'> {
  return {
    'files.open': async ({ handle }) => openWrittenFile(ctx.shell, writtenFile(ctx.files, handle)),

    'files.reveal': async ({ handle }) => {
      const { path } = writtenFile(ctx.files, handle);
      const { revealFile, openFolder } = ctx.shell;
      if (revealFile) await revealFile(path);
      else if (openFolder) await openFolder(dirname(path));
      else return { opened: false, path };
      return { opened: true, path };
    },
  };
}
