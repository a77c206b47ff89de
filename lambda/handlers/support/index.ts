import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent, isRequest, resolveSlot, resolvedId } from '../../conversation/matchers';
import type { Turn } from '../../conversation/turn';
import { triage } from '../../domain/support/triage';
import type { QuestionId } from '../../conversation/questions';
import type { AreaEntries, AreaHandlers } from '../area';
import { handOff, knownHandoff } from '../handoff';
import { missed, unusableAnswer } from '../missed-question';
import { turnHandler } from '../turn-handler';
import { DEVICE_KINDS, SUPPORT_INTENTS, SUPPORT_SLOTS, SUPPORT_TOPICS } from '../../vocabulary/support';

/** The greeting and the triage question, for a launch and for "start over". */
export const welcome = (turn: Turn) => {
  const t = turn.speech;
  turn.state.pending = { id: 'support.topic' };
  return turn.ask(t('support.welcome'), t('support.welcomeReprompt')).getResponse();
};

/**
 * A device the desk does not look after: what it does look after, asked as a miss of the question waiting.
 * A customer who asked for a person is still asked which team.
 */
export function unsupportedDevice(turn: Turn, spoken: string): Promise<Response> | Response {
  const t = turn.speech;
  return unusableAnswer(turn, () => {
    turn.state.pending = { id: turn.state.pending?.id === 'support.agentTopic' ? 'support.agentTopic' : 'support.topic' };
    return turn.ask(t('support.unsupportedDevice', { device: spoken }), t('support.askTopicReprompt')).getResponse();
  });
}

/** "Alexa, open device help desk": the greeting and the triage question. */
const launch = turnHandler({
  canHandle: (_turn, input) => isRequest(input, 'LaunchRequest'),
  handle: welcome,
});

/** "I want to talk to customer support", "my Fire TV is broken", "it's about an order": triage. */
function supportIntent(entries: AreaEntries): RequestHandler {
  return turnHandler({
    canHandle: (_turn, input) => isIntent(input, SUPPORT_INTENTS.support),
    async handle(turn) {
      const { state } = turn;
      const t = turn.speech;
      const device = resolveSlot(turn.input, SUPPORT_SLOTS.device);
      const topicSlot = resolveSlot(turn.input, SUPPORT_SLOTS.topic);
      const topic = resolvedId(topicSlot, SUPPORT_TOPICS);
      const kind = resolvedId(device, DEVICE_KINDS);
      // What the customer says now refines what they said before; nothing they said is asked again.
      if (kind) state.deviceKind = kind;
      if (topic) state.topic = topic;
      if (kind && !topic) state.topic = 'DEVICE';

      const wantsPerson = state.pending?.id === 'support.agentTopic';
      const decision = triage({
        topic: state.topic,
        deviceKind: state.deviceKind,
        unsupportedDevice: device.kind !== 'EMPTY' && !kind ? device.spoken : undefined,
        wantsPerson,
        topicWords: topicSlot.kind === 'EMPTY' ? undefined : topicSlot.spoken,
      });
      // The same question again, or a device the desk does not look after: a miss of the question waiting.
      const ask = (id: QuestionId, speech: string, reprompt: string) => {
        const reask = () => {
          state.pending = { id };
          return turn.ask(speech, reprompt).getResponse();
        };
        return state.pending?.id === id ? missed(turn, reask) : reask();
      };
      switch (decision.next) {
        case 'ASK_TOPIC':
          return ask('support.topic', t('support.askTopic'), t('support.askTopicReprompt'));
        case 'ASK_DEVICE':
          return ask(wantsPerson ? 'support.agentTopic' : 'support.device', t('support.askDevice'), t('support.askDeviceReprompt'));
        case 'UNSUPPORTED_DEVICE':
          return unsupportedDevice(turn, decision.spoken);
        case 'POINT_ELSEWHERE':
          delete state.topic;
          return turn.askAnythingElse(`${t(`support.elsewhere.${decision.topic}`)} ${t('support.anythingElse')}`).getResponse();
        case 'TO_TEAM':
          delete state.pending;
          return handOff(turn, knownHandoff(state)!);
        case 'DEVICE_HELP':
          delete state.pending;
          return entries.diagnoseDevice(turn, decision.deviceKind);
        case 'ORDER_HELP':
          delete state.pending;
          return entries.readOrders(turn);
        case 'ORDER_PROBLEM_HELP':
          delete state.pending;
          state.topic = 'ORDER';
          return entries.orderProblemHelp(turn, decision.problem);
      }
    },
  });
}

/** "Yes" to "is there anything else?": ask what; "no": goodbye. */
const anythingElseAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && turn.state.pending?.id === 'support.anythingElse',
  handle(turn) {
    const t = turn.speech;
    if (isIntent(turn.input, 'AMAZON.NoIntent')) return turn.tell(t('core.goodbye')).getResponse();
    delete turn.state.topic;
    delete turn.state.deviceKind;
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(t('support.askTopic'), t('support.askTopicReprompt')).getResponse();
  },
});

/** Triage: the launch, the support entry (which hands over to the other areas) and "anything else?". */
export const areaHandlers: AreaHandlers = (entries) => [launch, supportIntent(entries), anythingElseAnswer];

