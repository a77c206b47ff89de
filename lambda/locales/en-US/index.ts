import { core } from './core';
import { diagnosis } from './diagnosis';
import { support } from './support';

/** Every string spoken in en-US, one file per conversation area. */
export const enUS = { core, support, diagnosis };
