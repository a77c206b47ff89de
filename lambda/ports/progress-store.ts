/** A conversation the customer left part-way, saved so the next session can offer to carry on. */
export interface SavedProgress {
  /** Which area saved it, e.g. "diagnosis". */
  area: string;
  /** The area's own state, validated by that area when it is loaded back. */
  data: Record<string, unknown>;
  savedAt: string;
}

/** Saved conversation progress, one entry per Alexa user (the skill-scoped user id). */
export interface ProgressStore {
  load(userId: string): Promise<SavedProgress | undefined>;
  save(userId: string, progress: SavedProgress): Promise<void>;
  clear(userId: string): Promise<void>;
}

/** In memory: for tests and the simulator; lost when the process ends. */
export function memoryProgressStore(): ProgressStore {
  const entries = new Map<string, SavedProgress>();
  return {
    async load(userId) {
      const found = entries.get(userId);
      return found ? structuredClone(found) : undefined;
    },
    async save(userId, progress) {
      entries.set(userId, structuredClone(progress));
    },
    async clear(userId) {
      entries.delete(userId);
    },
  };
}
