/** The agenda (chương trình hội nghị) and its run mode (part of the contract in contract.ts). */
export const agendaMethods = {};
