import type { Core } from '../../src/main/app/create-core';
import type { MethodName } from '../../src/shared/api/contract';

/**
 * One update or delete method, as a window that read its record(s) would call it. `arrange`
 * creates what the call needs and returns its input, naming the revisions it read;
 * `editElsewhere` is another window changing the same record afterwards.
 */
export interface StaleCase {
  method: MethodName;
  /** What the case is about, when one method has several. */
  label?: string;
  arrange(core: Core): Promise<{ input: unknown; editElsewhere: () => Promise<void> }>;
}
