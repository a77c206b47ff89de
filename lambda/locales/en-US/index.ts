/* eslint-disable @typescript-eslint/no-require-imports */
import { account } from './account';
import { core } from './core';
import { support } from './support';

/**
 * Every string spoken in en-US, one file per conversation area. What any turn may say loads with the skill; an
 * area's own strings load on the first turn that speaks one of them (the bundle gives each its own file).
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
