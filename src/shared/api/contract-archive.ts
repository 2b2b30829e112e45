/** A whole conference as one archive file, out and in (part of the contract in contract.ts). */
export const archiveMethods = {};
