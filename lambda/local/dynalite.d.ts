declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    /** LevelDB folder; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  /** A DynamoDB-compatible HTTP server (no transactions, no TTL). */
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}
