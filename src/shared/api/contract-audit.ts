/** The audit log and the log files (part of the contract in contract.ts). */
export const auditMethods = {};
