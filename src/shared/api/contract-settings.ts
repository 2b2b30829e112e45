import { settingsRecord, settingsUpdateInput } from '../settings';
import { method, noInput } from './method';

/** Installation settings (part of the contract in contract.ts). */
export const settingsMethods = {
  'settings.get': method({
    input: noInput,
    output: settingsRecord,
    summary: 'Installation settings.',
  }),
  'settings.update': method({
    input: settingsUpdateInput,
    output: settingsRecord,
    summary: 'Changes the given settings; others keep their value.',
  }),
};
