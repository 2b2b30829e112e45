import {
  backupContentsRecord,
  backupFolderInput,
  backupListRecord,
  backupNameInput,
  backupRecord,
  chosenFolderRecord,
  restoreResultRecord,
} from '../backups';
import { method, noInput } from './method';

/** Automatic backups, and restoring one (part of the contract in contract.ts). */
export const backupMethods = {
  'backups.list': method({
    input: noInput,
    output: backupListRecord,
    summary: 'The backups folder and the copies in it, newest first.',
  }),
  'backups.create': method({
    input: noInput,
    output: backupRecord,
    summary: 'Takes a backup now ("Sao lưu ngay"), checks it and applies the rotation.',
  }),
  'backups.inspect': method({
    input: backupNameInput,
    output: backupContentsRecord,
    summary: 'Opens a backup read-only and tells what it holds; refuses a damaged or newer copy.',
  }),
  'backups.restore': method({
    input: backupNameInput,
    output: restoreResultRecord,
    summary:
      'Backs up the current state, then makes the chosen backup the data; emits database.replaced. ' +
      'Restoring the returned undoName undoes it.',
  }),
  'backups.setFolder': method({
    input: backupFolderInput,
    output: backupListRecord,
    summary:
      'Changes the backups folder (created if missing, must be writable within 3 s); refuses system and ' +
      'program folders, the app’s install folder, paths over 240 characters, Windows reserved names and ' +
      'files. Nothing changes on failure.',
  }),
  'backups.chooseFolder': method({
    input: noInput,
    output: chosenFolderRecord,
    summary:
      'Shows the system folder picker (desktop only; FORBIDDEN elsewhere); does not change the folder.',
  }),
};
