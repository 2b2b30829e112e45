import type { z } from 'zod';
import { agendaMethods } from './contract-agenda';
import { appMethods } from './contract-app';
import { archiveMethods } from './contract-archive';
import { auditMethods } from './contract-audit';
import { awardMethods } from './contract-awards';
import { backupMethods } from './contract-backups';
import { certificateMethods } from './contract-certificates';
import { conferenceMethods } from './contract-conferences';
import { councilMethods } from './contract-council';
import { decisionMethods } from './contract-decisions';
import { delegateMethods } from './contract-delegates';
import { dossierMethods } from './contract-dossier';
import { evotingMethods } from './contract-evoting';
import { exportMethods } from './contract-exports';
import { fileMethods } from './contract-files';
import { importMethods } from './contract-imports';
import { moneyMethods } from './contract-money';
import { nomineeMethods } from './contract-nominees';
import { pollMethods } from './contract-polls';
import { projectorMethods } from './contract-projector';
import { ruleMethods } from './contract-rules';
import { settingsMethods } from './contract-settings';
import { statisticsMethods } from './contract-statistics';
import { templateMethods } from './contract-templates';
import { unitMethods } from './contract-units';
import type { AppEvent } from './events';

/**
 * The API, declared once. Each method is `domain.verb` with zod schemas for its input and its
 * output; the dispatcher, both transports, the client and docs/api.md are all derived from this map.
 * Each `contract-<domain>.ts` declares what `src/main/<domain>/handlers.ts` answers (the voting
 * domains live in `src/main/voting/<domain>/`, certificate templates in
 * `src/main/certificates/templates/`); the order here is the order of docs/api.md.
 */
export const contract = {
  ...appMethods,
  ...conferenceMethods,
  ...awardMethods,
  ...unitMethods,
  ...nomineeMethods,
  ...importMethods,
  ...councilMethods,
  ...ruleMethods,
  ...pollMethods,
  ...evotingMethods,
  ...exportMethods,
  ...statisticsMethods,
  ...decisionMethods,
  ...moneyMethods,
  ...dossierMethods,
  ...templateMethods,
  ...certificateMethods,
  ...agendaMethods,
  ...delegateMethods,
  ...projectorMethods,
  ...backupMethods,
  ...archiveMethods,
  ...auditMethods,
  ...fileMethods,
  ...settingsMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and normalisation). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, normalised). */
export type MethodParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The typed client every part of the UI uses; transports implement `call` and `subscribe`. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /**
   * Where the browser downloads a written file, by its handle (the web host only). The desktop
   * has none: it opens files where the core saved them (files.open, files.reveal).
   */
  fileUrl?(handle: string): string;
}
