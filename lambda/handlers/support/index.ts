import type { RequestHandler } from 'ask-sdk-core';
import { isIntent, isRequest, resolveSlot, resolvedId } from '../../conversation/matchers';
import type { Turn } from '../../conversation/turn';
import { triage } from '../../domain/support/triage';
import type { AreaEntries, AreaHandlers } from '../area';
import { handOff, knownHandoff } from '../handoff';
import { turnHandler } from '../turn-handler';
import { DEVICE_KINDS, SUPPORT_INTENTS, SUPPORT_SLOTS, SUPPORT_TOPICS } from '../../vocabulary/support';

/** The greeting and the triage question, for a launch and for "start over". */
export const welcome = (turn: Turn) => {
  const t = turn.speech;
  turn.state.pending = { id: 'support.topic' };
  return turn.ask(t('support.welcome'), t('support.welcomeReprompt')).getResponse();
};

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
      switch (decision.next) {
        case 'ASK_TOPIC':
          state.pending = { id: 'support.topic' };
          return turn.ask(t('support.askTopic'), t('support.askTopicReprompt')).getResponse();
        case 'ASK_DEVICE':
          state.pending = { id: wantsPerson ? 'support.agentTopic' : 'support.device' };
          return turn.ask(t('support.askDevice'), t('support.askDeviceReprompt')).getResponse();
        case 'UNSUPPORTED_DEVICE':
          state.pending = { id: 'support.topic' };
          return turn.ask(t('support.unsupportedDevice', { device: decision.spoken }), t('support.askTopicReprompt')).getResponse();
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

