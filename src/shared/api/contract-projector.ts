/** The projector screen and the commendation ceremony (batches and records) (part of the contract in contract.ts). */
export const projectorMethods = {};
