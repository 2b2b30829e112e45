/** Automatic backups, and restoring one (part of the contract in contract.ts). */
export const backupMethods = {};
