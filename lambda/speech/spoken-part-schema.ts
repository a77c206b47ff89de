import * as z from 'zod/mini';

/**
 * Speech kept in the session as data, never as SSML: words, digits, a date or a pause. Rebuilt through the
 * same escaping as any other data, so forged session attributes can add no tag (no <audio>) and break nothing.
 * A file of its own: only the session-state schemas check it, and they load with the first turn that reads a
 * session, so a launch builds none of these schemas.
 */
export const SpokenPartSchema = z.union([
  z.strictObject({ words: z.string() }),
  z.strictObject({ digits: z.string().check(z.regex(/^\d{1,32}$/)) }),
  z.strictObject({ date: z.string().check(z.regex(/^[\dX?]{4,8}$/)) }),
  z.strictObject({ pauseMs: z.int().check(z.minimum(0), z.maximum(10_000)) }),
]);
export type SpokenPart = z.infer<typeof SpokenPartSchema>;
