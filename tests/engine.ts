/** The engine this run of the core's tests is on: the vitest project `postgres` sets it. */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.HOI_NGHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
