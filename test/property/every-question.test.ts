import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { InteractionModel } from '../../interactionModels/model-types';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { QUESTION_IDS, routeOf, type QuestionId } from '../../lambda/conversation/questions';
import type { SkillDeps } from '../../lambda/skill-deps';
import { StoreUnavailableError } from '../../lambda/ports/contact-store';
import { certificationProblems } from '../support/certification';
import { Conversation, TEST_NOW, testSkill, type Reply } from '../support/harness';
import { intentRequest, type Caller, type SlotValues } from '../support/requests';

/**
 * Every question in the registry (conversation/questions.ts), reached by a conversation a customer could have:
 * three answers that fit nothing never bring the same question a third time and always leave a way forward,
 * and a new request said instead of an answer is taken as that request.
 */

const model = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'en-US.json'), 'utf8'),
) as InteractionModel;
const intents = model.interactionModel!.languageModel!.intents!;
const slotTypes = new Map((model.interactionModel!.languageModel!.types ?? []).map((t) => [t.name!, t.values ?? []]));

const DAY = 24 * 60 * 60 * 1000;
const MOBILE = 'alexa::profile:mobile_number:read';
const ALEX: Caller = { accessToken: 'demo-token-alex', deviceId: DEMO_DEVICE_IDS.echoDot };
const FIRE_TV: Caller = { accessToken: 'demo-token-alex', deviceId: DEMO_DEVICE_IDS.fireTv, screen: 'TV' };

/** A Fire TV that is on no account the desk knows. */
const UNKNOWN_TV: Caller = { accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.SOMEONE_ELSES', screen: 'TV' };

const chat = { channel: { spoken: 'chat', id: 'CHAT' } };
const callback = { channel: { spoken: 'callback', id: 'CALLBACK' } };
const fireTv = { spoken: 'fire stick', id: 'FIRE_TV' };
/** Words Alexa heard in a slot that match none of its values. */
const nothingKnown = { spoken: 'zorblat', ids: [] };
const item = (spoken: string, id: string) => ({ item: { spoken, id } });

interface Start {
  caller?: Caller;
  scopes?: string[];
  deps?: Partial<SkillDeps>;
  /** The turns that bring the conversation to the question. */
  reach: (c: Conversation) => Promise<unknown>;
}

/** A person asked for with the Fire TV known: the offer of a chat or a callback. */
const offered = (c: Conversation) => c.intent('SupportIntent', { device: fireTv }).then(() => c.intent('TalkToAgentIntent'));
/** The next free Fire TV callback, waiting for "shall I book it?". */
const bookingAsked = (c: Conversation) => offered(c).then(() => c.intent('ChooseChannelIntent', callback));
const booked = (c: Conversation) => bookingAsked(c).then(() => c.intent('AMAZON.YesIntent'));
const diagnosing = (c: Conversation) => c.intent('DescribeProblemIntent', { device: fireTv, symptom: { spoken: 'no picture', id: 'NO_PICTURE' } });
const store = memoryContactStore;
/** A contact store that cannot open chats. */
const chatsDown = { contacts: { ...store(), createChat: () => Promise.reject(new StoreUnavailableError('down')) } };

/**
 * How a customer reaches each question: a real conversation from its start; the permission question alone
 * is seeded, since Alexa, not the customer's words, answers it.
 */
const HOW_TO_REACH: Record<QuestionId, Start> = {
  'support.topic': { reach: (c) => c.launch() },
  'support.device': { reach: (c) => c.intent('SupportIntent', { topic: { spoken: 'a device', id: 'DEVICE' } }) },
  'support.agentTopic': { caller: { accessToken: 'demo-token-alex' }, reach: (c) => c.intent('TalkToAgentIntent') },
  'support.anythingElse': { caller: ALEX, reach: (c) => c.intent('OrderStatusIntent').then(() => c.intent('AMAZON.NoIntent')) },

  'diagnosis.step': { caller: FIRE_TV, reach: diagnosing },
  'diagnosis.paused': { caller: FIRE_TV, reach: (c) => diagnosing(c).then(() => c.intent('WaitIntent')) },
  'diagnosis.confirmDevice': { caller: UNKNOWN_TV, reach: (c) => c.intent('DescribeProblemIntent', { symptom: { spoken: 'no picture', id: 'NO_PICTURE' } }) },
  'diagnosis.askDevice': {
    caller: UNKNOWN_TV,
    reach: (c) => c.intent('DescribeProblemIntent', { symptom: { spoken: 'no picture', id: 'NO_PICTURE' } }).then(() => c.intent('AMAZON.NoIntent')),
  },
  'diagnosis.whichDevice': { caller: FIRE_TV, reach: (c) => c.intent('DescribeProblemIntent', { device: { spoken: 'echo', id: 'ECHO' } }) },
  'diagnosis.askSymptom': { caller: FIRE_TV, reach: (c) => c.intent('DescribeProblemIntent', { device: fireTv }) },
  'diagnosis.fixFirst': { caller: FIRE_TV, reach: (c) => c.intent('ScheduleCallbackIntent').then(() => diagnosing(c)) },
  'diagnosis.offerTeam': {
    caller: FIRE_TV,
    reach: async (c) => {
      await c.intent('DescribeProblemIntent', { device: fireTv });
      for (const _ of [1, 2]) await c.intent('DescribeProblemIntent', { symptom: nothingKnown });
    },
  },
  'diagnosis.resume': {
    caller: FIRE_TV,
    reach: (c) => diagnosing(c).then(() => c.intent('AMAZON.StopIntent')).then(() => c.launch()),
  },

  'orders.more': { caller: ALEX, reach: (c) => c.intent('OrderStatusIntent') },
  'orders.which': { caller: ALEX, reach: (c) => c.intent('OrderStatusIntent', { item: nothingKnown }) },
  'orders.confirmCancel': { caller: ALEX, reach: (c) => c.intent('CancelOrderIntent', item('remote', 'REMOTE')) },
  'orders.offerTeam': { caller: ALEX, reach: (c) => c.intent('OrderLateIntent', item('smart plug', 'SMART_PLUG')) },
  'orders.sellerSilent': {
    caller: ALEX,
    reach: (c) => {
      c.test.clock.set(new Date(TEST_NOW.getTime() + 3 * DAY)); // the cable from a third-party seller, a day past its promise
      return c.intent('OrderLateIntent', item('usb cable', 'CABLE'));
    },
  },

  'orderProblem.troubleshootFirst': { caller: ALEX, reach: (c) => c.intent('DefectiveItemIntent', item('echo dot', 'ECHO')) },
  'orderProblem.replace': { caller: ALEX, reach: (c) => c.intent('DamagedItemIntent', item('hdmi cable', 'CABLE')) },
  'orderProblem.refund': { caller: ALEX, reach: (c) => c.intent('WrongItemIntent', item('hdmi cable', 'CABLE')) },
  'orderProblem.confirmReturn': { caller: ALEX, reach: (c) => c.intent('ReturnItemIntent', item('hdmi cable', 'CABLE')) },
  'orderProblem.changeWhat': { caller: ALEX, reach: (c) => c.intent('ChangeOrderIntent', item('remote', 'REMOTE')) },
  'orderProblem.confirmChange': {
    caller: ALEX,
    reach: (c) => c.intent('ChangeOrderIntent', { ...item('remote', 'REMOTE'), change: { spoken: 'quantity', id: 'QUANTITY' }, quantity: '2' }),
  },
  'orderProblem.isItThisCharge': { caller: ALEX, reach: (c) => c.intent('UnknownChargeIntent', { amount: '12.99' }) },

  'routing.channel': { caller: FIRE_TV, reach: offered },
  'routing.alternative': { caller: FIRE_TV, reach: (c) => offered(c).then(() => c.intent('ScheduleCallbackIntent', { date: '2026-11-23', time: '22:00' })) },
  'routing.time': { caller: FIRE_TV, scopes: [MOBILE], reach: (c) => bookingAsked(c).then(() => c.intent('AMAZON.NoIntent')) },
  'routing.phone': { caller: FIRE_TV, reach: (c) => bookingAsked(c).then(() => c.resume('routing.mobileNumber', 'DENIED')) },
  'routing.consent': {
    caller: FIRE_TV,
    reach: async (c) => {
      await bookingAsked(c);
      expect(c.state?.pending).toEqual({ id: 'routing.consent' });
      // The permission request suspends the session; words said instead of an answer come with it kept.
      c.seed(c.state!);
    },
  },
  'routing.confirmBooking': { caller: FIRE_TV, scopes: [MOBILE], reach: bookingAsked },
  'routing.retryBooking': {
    caller: FIRE_TV,
    scopes: [MOBILE],
    deps: { contacts: { ...store(), bookCallback: () => Promise.reject(new StoreUnavailableError('throttled')) } },
    reach: booked,
  },
  'routing.reminder': { caller: FIRE_TV, scopes: [MOBILE], reach: booked },
  'routing.chatInstead': {
    caller: FIRE_TV,
    scopes: [MOBILE],
    deps: { contacts: { ...store(), bookedInSlot: async () => 1_000 } },
    reach: bookingAsked,
  },
  'routing.callbackInstead': {
    caller: FIRE_TV,
    deps: chatsDown,
    reach: (c) => offered(c).then(() => c.intent('ChooseChannelIntent', chat)),
  },
  'routing.confirmMove': { caller: FIRE_TV, scopes: [MOBILE], reach: (c) => booked(c).then(() => c.intent('MoveCallbackIntent', { time: '16:00' })) },
  'routing.confirmCancel': { caller: FIRE_TV, scopes: [MOBILE], reach: (c) => booked(c).then(() => c.intent('CancelCallbackIntent')) },
};

/** A conversation that keeps its last reply, so the question asked can be compared with what follows. */
class Recorded extends Conversation {
  last?: Reply;
  override async send(request: RequestEnvelope['request']): Promise<Reply> {
    this.last = await super.send(request);
    return this.last;
  }
}

async function conversationAt(question: QuestionId): Promise<Recorded> {
  const start = HOW_TO_REACH[question];
  const c = new Recorded(start.caller ?? ALEX, testSkill(start.deps, start.scopes));
  await start.reach(c);
  return c;
}

const pendingOf = (c: Conversation) => (c.state?.pending as { id?: string } | undefined)?.id;

/** One thing the customer says: an intent with its slots. */
interface Said {
  intent: string;
  slots: SlotValues;
}

/** A slot filled as Alexa might: one of its values (with its id), or words that match none. */
function slotValue(type: string): fc.Arbitrary<SlotValues[string]> {
  const nonsense = fc.constantFrom('zorblat', 'the blue one', 'um whatever', 'purple', 'seventeen o clock');
  const values = slotTypes.get(type) ?? [];
  if (values.length === 0) return nonsense;
  const known = fc.constantFrom(...values).map((v) => ({ spoken: v.name!.value!, id: v.id! }));
  return fc.oneof(known, nonsense.map((spoken) => ({ spoken, ids: [] })));
}

/** The intent said, with any of its slots filled. */
const saying = (intent: (typeof intents)[number]): fc.Arbitrary<Said> => {
  const slots = intent.slots ?? [];
  const filled = slots.map((s) => fc.option(slotValue(s.type!), { nil: undefined }).map((v) => [s.name!, v] as const));
  return fc.tuple(...filled).map((pairs) => ({ intent: intent.name!, slots: Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as SlotValues }));
};

/** Words that match no value of the slot's type. */
const noValue = (type: string): fc.Arbitrary<SlotValues[string]> =>
  fc.constantFrom('zorblat', 'purple').map((spoken) => ((slotTypes.get(type) ?? []).length > 0 ? { spoken, ids: [] } : spoken));

/**
 * Answers that fit nothing the question accepts: an intent that neither answers it nor asks for anything new
 * (with any slot values), words that fit no intent, and an answering intent whose every slot fits nothing.
 */
function missesOf(question: QuestionId): fc.Arbitrary<Said> {
  const misses = intents.filter((i) => routeOf(question, i.name!) === 'MISS' && i.name !== 'AMAZON.FallbackIntent').map(saying);
  const unfitting = intents
    .filter((i) => routeOf(question, i.name!) === 'ANSWER' && (i.slots ?? []).length > 0)
    .map((i) => fc.tuple(...i.slots!.map((s) => noValue(s.type!))).map((values) => ({ intent: i.name!, slots: Object.fromEntries(i.slots!.map((s, n) => [s.name!, values[n]])) })));
  return fc.oneof(fc.constant({ intent: 'AMAZON.FallbackIntent', slots: {} }), ...misses, ...unfitting);
}

/** What the customer heard asked, to tell a question asked again from a new one. */
const asked = (c: Conversation, reply: Reply) => `${pendingOf(c)} / ${reply.reprompt}`;

/** The customer is offered a person (or asked which team), asked what else they need, or told goodbye. */
function offersWayForward(c: Conversation, reply: Reply): boolean {
  const pending = pendingOf(c);
  return reply.endsSession || pending === 'support.anythingElse' || pending === 'support.agentTopic' || pending === 'routing.channel' || /\bteam\b/.test(reply.speech);
}

async function say(c: Conversation, said: Said): Promise<Reply> {
  const request = intentRequest(said.intent, said.slots, c.caller);
  const reply = await c.send(request);
  const problems = certificationProblems({ request } as RequestEnvelope, reply.envelope);
  if (problems.length > 0) throw new Error(`${said.intent}: ${problems.join('; ')}`);
  return reply;
}

describe('every question', () => {
  it('has a way to reach it in the table', () => {
    expect(Object.keys(HOW_TO_REACH).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it.each(QUESTION_IDS)('%s: is never asked a third time, and leaves a way forward after three answers that fit nothing', async (question) => {
    await fc.assert(
      // Each answer fits nothing the question waiting at that moment accepts (a miss can lead to another question).
      fc.asyncProperty(fc.gen(), async (draw) => {
        const c = await conversationAt(question);
        expect(pendingOf(c)).toBe(question);
        const heard = [asked(c, c.last!)];
        const history: string[] = [];
        let wayForward = false;
        for (let turn = 0; turn < 3; turn += 1) {
          const said = draw(() => missesOf(pendingOf(c) as QuestionId));
          const reply = await say(c, said);
          const now = asked(c, reply);
          history.push(`${JSON.stringify(said)} -> ${now}: ${reply.speech}`);
          heard.push(now);
          const [a, b, d] = heard.slice(-3);
          if (!reply.endsSession && heard.length >= 3 && a === b && b === d) throw new Error(`asked a third time in a row:\n${history.join('\n')}`);
          wayForward ||= pendingOf(c) !== question && offersWayForward(c, reply);
          if (reply.endsSession) break;
        }
        if (!wayForward) throw new Error(`no way forward after three answers that fit nothing:\n${history.join('\n')}`);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});

/** Questions asked before any team is known: a chat needs one first. */
const NO_TEAM_YET: readonly QuestionId[] = ['support.topic', 'support.device', 'support.agentTopic', 'diagnosis.confirmDevice', 'diagnosis.askDevice'];

const kindle = { device: { spoken: 'kindle', id: 'KINDLE' } };

describe('every question accepts a new request', () => {
  it.each(QUESTION_IDS)('%s: a person leads to the team, or to which team', async (question) => {
    const c = await conversationAt(question);
    const reply = await say(c, { intent: 'TalkToAgentIntent', slots: {} });
    // A customer who already asked for a callback is not asked "chat or callback?" again: the booking goes on.
    const expected = question === 'diagnosis.fixFirst' ? ['routing.confirmBooking', 'routing.consent'] : ['routing.channel', 'support.agentTopic'];
    expect(expected).toContain(pendingOf(c));
    expect(reply.speech + (reply.directives.join(' '))).toMatch(/\bteam\b|Connections\.StartConnection/);
  });

  it.each(QUESTION_IDS)('%s: chat leads to a chat', async (question) => {
    const c = await conversationAt(question);
    const reply = await say(c, { intent: 'ChooseChannelIntent', slots: chat });
    if (NO_TEAM_YET.includes(question)) {
      expect(reply.speech).toContain('is it about a device, like an Echo, Fire TV or Kindle, or about an order?');
    } else if (HOW_TO_REACH[question].deps === chatsDown) {
      expect(reply.speech).toContain("couldn't open a chat just now");
    } else {
      expect(reply.speech).toMatch(/^I've sent a chat link for our .+ team to your Alexa app/);
      expect(reply.card).toBeDefined();
    }
  });

  it.each(QUESTION_IDS)('%s: "where is my order" reads the orders', async (question) => {
    const c = await conversationAt(question);
    const reply = await say(c, { intent: 'OrderStatusIntent', slots: {} });
    expect(reply.speech).toMatch(/^Here are your orders, most urgent first\./);
    expect(pendingOf(c)).toBe('orders.more');
  });

  it.each(QUESTION_IDS)('%s: another device starts on that device', async (question) => {
    const c = await conversationAt(question);
    const reply = await say(c, { intent: 'SupportIntent', slots: kindle });
    expect(c.state?.deviceKind).toBe('KINDLE');
    expect(reply.speech).toMatch(/Kindle/);
  });
});
