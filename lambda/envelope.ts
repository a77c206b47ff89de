// zod/mini: checked on every request, and the mini build costs a fraction of full zod's start-up.
import * as z from 'zod/mini';

/** The parts of a request envelope the skill relies on before any handler runs. */
const EnvelopeSchema = z.object({
  version: z.string(),
  session: z.optional(
    z.object({
      sessionId: z.string(),
      attributes: z.optional(z.record(z.string(), z.unknown())),
      user: z.object({ userId: z.string() }),
    }),
  ),
  context: z.object({
    System: z.object({
      application: z.object({ applicationId: z.string() }),
      user: z.object({ userId: z.string(), accessToken: z.optional(z.string()) }),
      device: z.optional(z.object({ deviceId: z.string(), supportedInterfaces: z.record(z.string(), z.unknown()) })),
      apiEndpoint: z.optional(z.string()),
      apiAccessToken: z.optional(z.string()),
    }),
  }),
  request: z.object({ type: z.string(), requestId: z.string(), timestamp: z.string(), locale: z.optional(z.string()) }),
});

export type EnvelopeParse = { ok: true; value: unknown } | { ok: false; issues: string };

/** Checks the envelope's shape; the value passed on is the original, with every field it had. */
export function parseEnvelope(event: unknown): EnvelopeParse {
  const parsed = EnvelopeSchema.safeParse(event);
  if (parsed.success) return { ok: true, value: event };
  return { ok: false, issues: parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ') };
}
