import { account } from './account';
import { core } from './core';
import { diagnosis } from './diagnosis';
import { orderProblems } from './order-problems';
import { orders } from './orders';
import { routing } from './routing';
import { support } from './support';

/** Every string spoken in en-US, one file per conversation area. */
export const enUS = { core, support, account, diagnosis, orders, orderProblems, routing };
