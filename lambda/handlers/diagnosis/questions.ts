/** Starting a diagnosis, carrying one on from last time, and the yes or no to its own questions. */
import { isIntent, isRequest } from '../../conversation/matchers';
import { unresolvedHandoff } from '../../domain/diagnosis/summary';
import { DIAGNOSIS_INTENTS as D } from '../../vocabulary/diagnosis';
import { BUILT_IN_INTENTS as B, DEVICE_KINDS, SUPPORT_INTENTS } from '../../vocabulary/support';
import { deviceWords, problemWords } from '../../speech/device';
import { handOff } from '../handoff';
import { intentHandler, turnHandler } from '../turn-handler';
import { inDiagnosis, pendingIs } from './pending';
import { active, clearProgress, savedProgress } from './progress';
import { escalate, speakStep } from './speech';
import { begin, genericDevice, startSteps } from './start';

/** "Is it the Fire TV you're talking to?" */
export const confirmDevice = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingIs(turn, 'diagnosis.confirmDevice'),
  handle(turn) {
    const t = turn.speech;
    const kind = DEVICE_KINDS.find((k) => k === turn.state.pending?.data?.kind);
    const state = (turn.state.diagnosis ??= { misses: 0 });
    if (isIntent(turn.input, B.no) || !kind) {
      turn.state.pending = { id: 'diagnosis.askDevice' };
      return turn.ask(t('diagnosis.askDevice'), t('diagnosis.askDeviceReprompt')).getResponse();
    }
    state.device = genericDevice(kind);
    turn.state.deviceKind = kind;
    return startSteps(turn, false);
  },
});

/** "Would you like to try a one-minute fix first?": yes tries it, no hands over now. */
export const fixFirstAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingIs(turn, 'diagnosis.fixFirst') && inDiagnosis(turn),
  handle(turn) {
    const state = turn.state.diagnosis!;
    if (isIntent(turn.input, B.no)) return escalate(turn, [], 'CUSTOMER_ASKED');
    state.quickFix = true;
    return speakStep(turn, state);
  },
});

/** "Shall we pass it to the team?" after answers that fit nothing. */
export const offerTeamAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingIs(turn, 'diagnosis.offerTeam') && turn.state.diagnosis?.device !== undefined,
  handle(turn) {
    const state = turn.state.diagnosis!;
    const current = active(state);
    if (isIntent(turn.input, B.yes)) {
      if (current) return escalate(turn, current.position.history, 'DIAGNOSIS_UNRESOLVED');
      return handOff(turn, unresolvedHandoff(state.device!));
    }
    if (current) return speakStep(turn, state, turn.speech('diagnosis.carryOn'));
    state.misses = 0;
    return startSteps(turn, false);
  },
});

/** "Last time we were fixing...; shall we carry on?" */
export const resumeAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingIs(turn, 'diagnosis.resume'),
  async handle(turn) {
    if (isIntent(turn.input, B.yes) && active(turn.state.diagnosis)) return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.welcomeBack'));
    delete turn.state.diagnosis;
    await clearProgress(turn);
    // Greeted already with "welcome back": only the triage question again.
    const t = turn.speech;
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(t('diagnosis.resumeDeclined'), t('support.welcomeReprompt')).getResponse();
  },
});

/** A new session with a diagnosis left part-way: offer to carry on. */
export const launchWithProgress = turnHandler({
  canHandle: async (turn, input) => isRequest(input, 'LaunchRequest') && (await savedProgress(turn)) !== undefined,
  async handle(turn) {
    const t = turn.speech;
    const saved = (await savedProgress(turn))!;
    const current = active(saved)!;
    turn.state.diagnosis = saved;
    turn.state.topic = 'DEVICE';
    turn.state.deviceKind = current.device.kind;
    turn.state.pending = { id: 'diagnosis.resume' };
    return turn
      .ask(t('diagnosis.resumeOffer', { about: problemWords(current.diagnosis.tree.about, deviceWords(t, current.device)) }), t('diagnosis.resumeOfferReprompt'))
      .getResponse();
  },
});

/** "My Fire TV has no picture", "the remote doesn't work", and the answers to "which device?" and "what's happening?". */
export const describeProblem = intentHandler(D.describeProblem, (turn) => begin(turn));

/** The answer to "which one?", however it was understood (the support entry would take a bare device name). */
export const chooseDevice = turnHandler({
  canHandle: (turn, input) => isIntent(input, D.describeProblem, SUPPORT_INTENTS.support) && pendingIs(turn, 'diagnosis.whichDevice'),
  handle: (turn) => begin(turn),
});
