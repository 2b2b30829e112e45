/** Delegates (đại biểu), their import and check-in (part of the contract in contract.ts). */
export const delegateMethods = {};
