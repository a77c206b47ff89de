import * as z from 'zod';

/** The parts of a request envelope the skill relies on before any handler runs. */
const EnvelopeSchema = z.object({
  version: z.string(),
  session: z
    .object({
      sessionId: z.string(),
      attributes: z.record(z.string(), z.unknown()).optional(),
      user: z.object({ userId: z.string() }),
    })
    .optional(),
  context: z.object({
    System: z.object({
      application: z.object({ applicationId: z.string() }),
      user: z.object({ userId: z.string(), accessToken: z.string().optional() }),
      device: z.object({ deviceId: z.string(), supportedInterfaces: z.record(z.string(), z.unknown()) }).optional(),
      apiEndpoint: z.string().optional(),
      apiAccessToken: z.string().optional(),
    }),
  }),
  request: z.object({ type: z.string(), requestId: z.string(), timestamp: z.string(), locale: z.string().optional() }),
});

export type EnvelopeParse = { ok: true; value: unknown } | { ok: false; issues: string };

/** Checks the envelope's shape; the value passed on is the original, with every field it had. */
export function parseEnvelope(event: unknown): EnvelopeParse {
  const parsed = EnvelopeSchema.safeParse(event);
  if (parsed.success) return { ok: true, value: event };
  return { ok: false, issues: parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ') };
}
