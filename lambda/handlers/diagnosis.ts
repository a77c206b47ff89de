import { getIntentName, getRequest, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';
import { isIntent, isRequest } from '../conversation/matchers';
import { pendingRoute } from '../conversation/question-route';
import { Turn } from '../conversation/turn';
import type { Answer } from '../domain/diagnosis/engine';
import { unresolvedHandoff } from '../domain/diagnosis/summary';
import { DIAGNOSIS_INTENTS as D, NAVIGATION_INTENTS as N } from '../vocabulary/diagnosis';
import { BUILT_IN_INTENTS as B, DEVICE_KINDS, SUPPORT_INTENTS, type DeviceKind } from '../vocabulary/support';
import { deviceWords, problemWords } from '../speech/device';
import { handOff } from './handoff';
import { welcome } from './support';
import { active, clearProgress, saveProgress, savedProgress } from './diagnosis-progress';
import { PENDING, checkAfter, escalate, fixed, notUnderstood, speakStep } from './diagnosis-speech';
import { begin, genericDevice, startSteps } from './diagnosis-start';

const pendingIs = (input: HandlerInput, ...ids: string[]) => ids.includes(Turn.of(input).state.pending?.id ?? '');

/** A diagnosis is under way and the last question was the diagnosis's own (not another area's). */
const inDiagnosis = (input: HandlerInput) => {
  const { state } = Turn.of(input);
  return (state.pending?.id ?? '').startsWith('diagnosis.') && active(state.diagnosis) !== undefined;
};

// ---------------------------------------------------------------------------------------------------------
// Steps

const ANSWER_OF: Record<string, Answer> = {
  [D.itWorked]: 'FIXED',
  [D.didNotHelp]: 'NOT_FIXED',
  [D.alreadyTried]: 'ALREADY_TRIED',
  [B.yes]: 'YES',
  [B.no]: 'NO',
  [N.next]: 'SKIPPED',
};

/** "It worked", "that didn't help", "I already tried that" and "skip" on a step (also straight after a pause); yes and no to a step. */
const stepAnswer: RequestHandler = {
  canHandle: (input) =>
    inDiagnosis(input) &&
    (isIntent(input, B.yes, B.no) ? pendingIs(input, PENDING.step) : isIntent(input, ...Object.keys(ANSWER_OF)) && pendingIs(input, PENDING.step, PENDING.paused)),
  async handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const answer = ANSWER_OF[getIntentName(input.requestEnvelope)];
    const move = current.diagnosis.answer(current.position, answer);
    switch (move.kind) {
      case 'UNMATCHED':
        return notUnderstood(turn);
      case 'FIXED':
        return fixed(turn, current.diagnosis);
      case 'ESCALATE':
        return escalate(turn, move.history, 'DIAGNOSIS_UNRESOLVED');
      case 'NEXT': {
        // The one quick fix the customer agreed to before the team did not do it: the team takes over.
        if (state.quickFix) return escalate(turn, move.position.history, 'CUSTOMER_ASKED');
        // The answer as the engine took it: "no" to "did that fix it?" is "that didn't help".
        const taken = move.position.history.at(-1)!.answer as Exclude<Answer, 'FIXED'>;
        state.position = move.position;
        return speakStep(turn, state, turn.speech(`diagnosis.next.${taken}`));
      }
    }
  },
};

/** Anything that answers no step and asks for nothing new: the step rephrased, then the team. */
const stepFallback: RequestHandler = {
  canHandle: (input) => pendingRoute(input)?.route === 'MISS' && pendingIs(input, PENDING.step) && inDiagnosis(input),
  handle: (input) => notUnderstood(Turn.of(input)),
};

/** "Go back": the step before, its answer forgotten. */
const goBack: RequestHandler = {
  canHandle: (input) => isIntent(input, N.previous) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const before = current.diagnosis.back(current.position);
    if (!before) return speakStep(turn, state, turn.speech('diagnosis.firstAlready'));
    state.position = before;
    return speakStep(turn, state, turn.speech('diagnosis.goingBack'));
  },
};

/** "Wait", "hold on": keep the place and the session, and wait for "continue". */
const wait: RequestHandler = {
  canHandle: (input) => isIntent(input, D.wait) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    // The place was saved when the step was spoken; a pause changes nothing worth saving again.
    turn.state.pending = { id: PENDING.paused };
    return turn.ask(turn.speech('diagnosis.wait'), turn.speech('diagnosis.waitReprompt')).getResponse();
  },
};

/** "Continue" after a pause (or "yes, I'm ready"); during a step, "I'm done" asks how it went. */
const carryOn: RequestHandler = {
  canHandle: (input) => inDiagnosis(input) && (isIntent(input, D.resume) || (isIntent(input, B.yes) && pendingIs(input, PENDING.paused))),
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const step = current.diagnosis.step(current.position.stepId);
    if (pendingIs(input, PENDING.step) && step.kind === 'ACTION') {
      const { check, reprompt } = checkAfter(turn, step);
      return turn.ask(check, reprompt).getResponse();
    }
    return speakStep(turn, state, turn.speech('diagnosis.resumeHere'));
  },
};

/** "No" to "ready to carry on?": the place is saved for next time. */
const notReady: RequestHandler = {
  canHandle: (input) => isIntent(input, B.no) && pendingIs(input, PENDING.paused) && inDiagnosis(input),
  async handle(input) {
    const turn = Turn.of(input);
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.pausedGoodbye')).getResponse();
  },
};

/** Help during the steps: what the customer can say, then the step again. */
const helpDuringSteps: RequestHandler = {
  canHandle: (input) => isIntent(input, B.help) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const current = active(turn.state.diagnosis)!;
    return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.help', { about: problemWords(current.diagnosis.tree.about, deviceWords(turn.speech, current.device)) }));
  },
};

// ---------------------------------------------------------------------------------------------------------
// Yes and no to the diagnosis's own questions

/** "Is it the Fire TV you're talking to?" */
const confirmDevice: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.confirmDevice),
  handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    const kind = DEVICE_KINDS.find((k) => k === turn.state.pending?.data?.kind);
    const state = (turn.state.diagnosis ??= { misses: 0 });
    if (isIntent(input, B.no) || !kind) {
      turn.state.pending = { id: PENDING.askDevice };
      return turn.ask(t('diagnosis.askDevice'), t('diagnosis.askDeviceReprompt')).getResponse();
    }
    state.device = genericDevice(kind);
    turn.state.deviceKind = kind;
    return startSteps(turn, false);
  },
};

/** "Would you like to try a one-minute fix first?": yes tries it, no hands over now. */
const fixFirstAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.fixFirst) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    if (isIntent(input, B.no)) return escalate(turn, [], 'CUSTOMER_ASKED');
    state.quickFix = true;
    return speakStep(turn, state);
  },
};

/** "Shall we pass it to the team?" after answers that fit nothing. */
const offerTeamAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.offerTeam) && Turn.of(input).state.diagnosis?.device !== undefined,
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state);
    if (isIntent(input, B.yes)) {
      if (current) return escalate(turn, current.position.history, 'DIAGNOSIS_UNRESOLVED');
      return handOff(turn, unresolvedHandoff(state.device!));
    }
    if (current) return speakStep(turn, state, turn.speech('diagnosis.carryOn'));
    state.misses = 0;
    return startSteps(turn, false);
  },
};

/** "Last time we were fixing...; shall we carry on?" */
const resumeAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.resume),
  async handle(input) {
    const turn = Turn.of(input);
    if (isIntent(input, B.yes) && active(turn.state.diagnosis)) return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.welcomeBack'));
    delete turn.state.diagnosis;
    await clearProgress(turn);
    return welcome(turn);
  },
};

/** A new session with a diagnosis left part-way: offer to carry on. */
const launchWithProgress: RequestHandler = {
  canHandle: async (input) => isRequest(input, 'LaunchRequest') && (await savedProgress(Turn.of(input))) !== undefined,
  async handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    const saved = (await savedProgress(turn))!;
    const current = active(saved)!;
    turn.state.diagnosis = saved;
    turn.state.topic = 'DEVICE';
    turn.state.deviceKind = current.device.kind;
    turn.state.pending = { id: PENDING.resume };
    return turn
      .ask(t('diagnosis.resumeOffer', { about: problemWords(current.diagnosis.tree.about, deviceWords(t, current.device)) }), t('diagnosis.resumeOfferReprompt'))
      .getResponse();
  },
};

// ---------------------------------------------------------------------------------------------------------
// Endings and leaving

/** "Agent" mid-diagnosis: the team gets the steps so far. */
const agentDuringSteps: RequestHandler = {
  canHandle: (input) => isIntent(input, SUPPORT_INTENTS.talkToAgent) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const current = active(turn.state.diagnosis)!;
    return escalate(turn, current.position.history, 'CUSTOMER_ASKED');
  },
};

/** Stop or cancel mid-way: the place is saved for next time (again, in case a save while stepping failed). */
const stopMidway: RequestHandler = {
  canHandle: (input) => isIntent(input, B.stop, B.cancel) && inDiagnosis(input),
  async handle(input) {
    const turn = Turn.of(input);
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.savedGoodbye')).getResponse();
  },
};

/** The session ended mid-way (silence, "exit"): save the place; nothing may be spoken. */
const endedMidway: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest') && active(Turn.of(input).state.diagnosis) !== undefined,
  async handle(input) {
    const turn = Turn.of(input);
    const request = getRequest<SessionEndedRequest>(input.requestEnvelope);
    turn.deps.log.info('session ended', { reason: request.reason, errorType: request.error?.type, diagnosisSaved: true });
    await saveProgress(turn);
    return input.responseBuilder.getResponse();
  },
};

/** "My Fire TV has no picture", "the remote doesn't work", and the answers to "which device?" and "what's happening?". */
const describeProblem: RequestHandler = {
  canHandle: (input) => isIntent(input, D.describeProblem),
  handle: (input) => begin(Turn.of(input)),
};

/** The answer to "which one?", however it was understood (the support entry would take a bare device name). */
const chooseDevice: RequestHandler = {
  canHandle: (input) => isIntent(input, D.describeProblem, SUPPORT_INTENTS.support) && pendingIs(input, PENDING.whichDevice),
  handle: (input) => begin(Turn.of(input)),
};

/** Triage's hand-over: the support entry found it is about a device. */
export function diagnoseDevice(turn: Turn, kind: DeviceKind): Promise<Response> {
  return begin(turn, kind);
}

/** Every diagnosis handler; register before the support entry's and the built-ins. */
export const diagnosisHandlers: RequestHandler[] = [
  launchWithProgress,
  resumeAnswer,
  chooseDevice,
  describeProblem,
  confirmDevice,
  offerTeamAnswer,
  fixFirstAnswer,
  notReady,
  carryOn,
  stepAnswer,
  stepFallback,
  goBack,
  wait,
  helpDuringSteps,
  agentDuringSteps,
  stopMidway,
  endedMidway,
];
