import type { ImportSession } from '../../../src/main/imports/sessions';

/**
 * A list as `imports.open` left it for the commit, written to a file by the parent: the rows as
 * read and the columns they were read with. The sheets' cells are left out, the commit does not
 * look at them.
 */
export type OpenedList = Omit<ImportSession, 'id' | 'touchedAt'>;
