import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { InteractionModel } from '../../interactionModels/model-types';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { CONSENT_TOKENS } from '../../lambda/handlers/routing/consent';
import { certificationProblems } from '../support/certification';
import { Conversation, testSkill } from '../support/harness';
import { intentRequest, launchRequest, sessionEndedRequest, sessionResumedRequest, type Caller, type SlotValues } from '../support/requests';

const model = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'en-US.json'), 'utf8'),
) as InteractionModel;
const languageModel = model.interactionModel!.languageModel!;
const slotTypes = new Map((languageModel.types ?? []).map((t) => [t.name!, t.values ?? []]));

/**
 * Words no slot value matches, as speech recognition could produce them: letters, digits, spaces and
 * punctuation, including the characters SSML must escape (braces never come out of speech recognition).
 */
const junk = fc.stringMatching(/^[a-zA-Z0-9 '&<>".,-]{1,12}$/);

/**
 * What a forged or broken request can put in a slot: a device name of 100,000 characters, characters XML
 * forbids (U+0000, U+0007, U+FFFF), halves of surrogate pairs, and any code points at all.
 */
const hostile = fc.oneof(
  fc.constantFrom('x'.repeat(100_000), 'kitchen echo '.repeat(8_000), 'a\u0000b', 'bell\u0007', 'end\uFFFF', '\uD800', 'x\uDC00y', '\uD83D'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 30 }),
);

/** A value for a slot as Alexa might fill it: a known value (with its id), words that match nothing, junk, or hostile values. */
function slotValue(type: string): fc.Arbitrary<SlotValues[string]> {
  const values = slotTypes.get(type);
  if (values && values.length > 0) {
    const known = fc.constantFrom(...values).chain((v) =>
      fc.constantFrom(v.name!.value!, ...(v.name!.synonyms ?? [])).map((spoken) => ({ spoken, id: v.id! })),
    );
    return fc.oneof(known, junk.map((spoken) => ({ spoken })), hostile.map((spoken) => ({ spoken })));
  }
  const builtIn: Record<string, string[]> = {
    'AMAZON.DATE': ['2026-11-24', '2026-11-22', 'PRESENT_REF', '2026-W48', '2026-W48-WE', '2025-01-01', '2027-06-30', 'XXXX'],
    'AMAZON.TIME': ['10:00', '16:30', '03:00', 'MO', 'AF', 'EV', 'NI', '99:99'],
    'AMAZON.NUMBER': ['3', '0003', '1', '?', '99999999'],
    'AMAZON.FOUR_DIGIT_NUMBER': ['0003', '0001', '1234', '12'],
    'AMAZON.PhoneNumber': ['2065550142', '5551234', '123', '442071838750'],
  };
  return fc.oneof(fc.constantFrom(...(builtIn[type] ?? ['something'])), junk, hostile);
}

const intentTurn = fc.constantFrom(...languageModel.intents!).chain((intent) => {
  const slots = intent.slots ?? [];
  const filled = slots.map((s) => fc.option(slotValue(s.type!), { nil: undefined }).map((v) => [s.name!, v] as const));
  return fc.tuple(...filled).map((pairs) => ({
    kind: 'intent' as const,
    name: intent.name!,
    slots: Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as SlotValues,
  }));
});

/** Alexa coming back after a permission request: accepted, denied, not answered, or failed; sometimes with a token the skill never sent. */
const consentTurn = fc.record({
  kind: fc.constant('consent' as const),
  token: fc.constantFrom(...Object.values(CONSENT_TOKENS), 'unknown-token', ''),
  status: fc.constantFrom('ACCEPTED' as const, 'DENIED' as const, 'NOT_ANSWERED' as const),
  code: fc.constantFrom('200', '400', '500'),
});

const turn = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'launch' as const }) },
  { weight: 8, arbitrary: intentTurn },
  { weight: 1, arbitrary: fc.constant({ kind: 'intent' as const, name: 'AMAZON.FallbackIntent', slots: {} }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'ended' as const }) },
  { weight: 1, arbitrary: consentTurn },
);

const caller: fc.Arbitrary<Caller> = fc.record({
  deviceId: fc.constantFrom(undefined, ...Object.values(DEMO_DEVICE_IDS), 'amzn1.ask.device.SOMEONE_ELSES'),
  screen: fc.constantFrom(undefined, 'HUB' as const, 'TV' as const),
  accessToken: fc.constantFrom(undefined, 'demo-token-alex', 'demo-token-sam', 'expired-or-forged-token'),
  grantedScopes: fc.subarray(['alexa::profile:mobile_number:read', 'alexa::alerts:reminders:skill:readwrite']),
});

describe('random conversations', () => {
  it('never fail, and every response keeps the certification rules', async () => {
    await fc.assert(
      fc.asyncProperty(caller, fc.array(turn, { minLength: 1, maxLength: 8 }), async (who, turns) => {
        const conversation = new Conversation(who, testSkill({}, who.grantedScopes));
        for (const step of turns) {
          const request: RequestEnvelope['request'] =
            step.kind === 'launch'
              ? launchRequest(who)
              : step.kind === 'ended'
                ? sessionEndedRequest('USER_INITIATED', who)
                : step.kind === 'consent'
                  ? sessionResumedRequest(step.token, step.status, who, step.code)
                  : intentRequest(step.name, step.slots, who);
          const reply = await conversation.send(request);
          const problems = certificationProblems({ request } as RequestEnvelope, reply.envelope);
          if (problems.length > 0) throw new Error(`${JSON.stringify(step)}: ${problems.join('; ')}`);
          if (step.kind !== 'ended' && !reply.speech && reply.directives.length === 0) throw new Error(`${JSON.stringify(step)}: silent reply`);
          if (/Sorry, something went wrong|ran into a problem/.test(reply.speech)) throw new Error(`${JSON.stringify(step)}: error handler reached: ${reply.speech}`);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
