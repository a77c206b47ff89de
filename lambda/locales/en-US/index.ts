/* eslint-disable @typescript-eslint/no-require-imports */
import { account } from './account';
import { core } from './core';
import { support } from './support';

const areas = () => require('./areas') as typeof import('./areas');

/**
 * Every string spoken in en-US, one file per conversation area. What any turn may say loads with the skill; the
 * areas' own strings load on the first turn that speaks one of them.
 */
export const enUS = {
  core,
  support,
  account,
  diagnosis: () => areas().diagnosis,
  orders: () => areas().orders,
  orderProblems: () => areas().orderProblems,
  routing: () => areas().routing,
};
