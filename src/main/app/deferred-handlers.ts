import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';

type AnyHandler = (input: unknown) => Promise<unknown>;

/**
 * A domain's handlers whose module (and the libraries it brings) loads on the first call of
 * one of its methods, not when the core starts: the Word dossier brings docx, docxtemplater and
 * PizZip, which listing conferences never needs. The methods are known from the contract, so
 * the dispatcher sees them all from the start.
 */
export function deferredHandlers<Methods extends Record<string, unknown>>(
  methods: Methods,
  load: () => Promise<(ctx: CoreContext) => HandlersOf<Methods>>,
  ctx: CoreContext,
): HandlersOf<Methods> {
  let built: Promise<Record<string, AnyHandler>> | undefined;
  const handlers = () =>
    (built ??= load().then((build) => build(ctx) as unknown as Record<string, AnyHandler>));
  const deferred: Record<string, AnyHandler> = {};
  for (const method of Object.keys(methods)) {
    deferred[method] = async (input) => {
      const handler = (await handlers())[method];
      if (!handler) throw new Error(`no handler for ${method}`);
      return handler(input);
    };
  }
  return deferred as unknown as HandlersOf<Methods>;
}
