/* eslint-disable @typescript-eslint/no-require-imports */
import { account } from './account';
import { core } from './core';
import { support } from './support';

/**
 * Every string spoken in en-US, one file per conversation area. What any turn may say loads with the skill; each
 * area's own strings load (a file of their own in the bundle) on the first turn that speaks one of them.
 */
export const enUS = {
  core,
  support,
  account,
  diagnosis: () => (require('./diagnosis') as typeof import('./diagnosis')).diagnosis,
  orders: () => (require('./orders') as typeof import('./orders')).orders,
  orderProblems: () => (require('./order-problems') as typeof import('./order-problems')).orderProblems,
  routing: () => (require('./routing') as typeof import('./routing')).routing,
};
