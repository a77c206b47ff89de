/** The diagnosis's steps: the customer's answers, moving about, pausing, and leaving part-way. */
import { getIntentName, getRequest } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { isIntent, isRequest } from '../../conversation/matchers';
import { pendingRoute } from '../../conversation/question-route';
import type { Answer } from '../../domain/diagnosis/engine';
import { DIAGNOSIS_INTENTS as D, NAVIGATION_INTENTS as N } from '../../vocabulary/diagnosis';
import { BUILT_IN_INTENTS as B, SUPPORT_INTENTS } from '../../vocabulary/support';
import { deviceWords, problemWords } from '../../speech/device';
import { turnHandler } from '../turn-handler';
import { inDiagnosis, pendingIs } from './pending';
import { active, saveProgress } from './progress';
import { checkAfter, escalate, fixed, notUnderstood, speakStep } from './speech';

const ANSWER_OF: Record<string, Answer> = {
  [D.itWorked]: 'FIXED',
  [D.didNotHelp]: 'NOT_FIXED',
  [D.alreadyTried]: 'ALREADY_TRIED',
  [B.yes]: 'YES',
  [B.no]: 'NO',
  [N.next]: 'SKIPPED',
};

/** "It worked", "that didn't help", "I already tried that" and "skip" on a step (also straight after a pause); yes and no to a step. */
export const stepAnswer = turnHandler({
  canHandle: (turn, input) =>
    inDiagnosis(turn) &&
    (isIntent(input, B.yes, B.no) ? pendingIs(turn, 'diagnosis.step') : isIntent(input, ...Object.keys(ANSWER_OF)) && pendingIs(turn, 'diagnosis.step', 'diagnosis.paused')),
  async handle(turn) {
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const answer = ANSWER_OF[getIntentName(turn.input.requestEnvelope)];
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
});

/** Words that fit no intent, during a step. */
export const stepFallback = turnHandler({
  canHandle: (turn, input) => pendingRoute(input)?.route === 'MISS' && pendingIs(turn, 'diagnosis.step') && inDiagnosis(turn),
  handle: notUnderstood,
});

/** "Go back": the step before, its answer forgotten. */
export const goBack = turnHandler({
  canHandle: (turn, input) => isIntent(input, N.previous) && inDiagnosis(turn),
  handle(turn) {
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const before = current.diagnosis.back(current.position);
    if (!before) return speakStep(turn, state, turn.speech('diagnosis.firstAlready'));
    state.position = before;
    return speakStep(turn, state, turn.speech('diagnosis.goingBack'));
  },
});

/** "Wait", "hold on": keep the place and the session, and wait for "continue". */
export const wait = turnHandler({
  canHandle: (turn, input) => isIntent(input, D.wait) && inDiagnosis(turn),
  handle(turn) {
    // The place was saved when the step was spoken; a pause changes nothing worth saving again.
    turn.state.pending = { id: 'diagnosis.paused' };
    return turn.ask(turn.speech('diagnosis.wait'), turn.speech('diagnosis.waitReprompt')).getResponse();
  },
});

/** "Continue" after a pause (or "yes, I'm ready"); during a step, "I'm done" asks how it went. */
export const carryOn = turnHandler({
  canHandle: (turn, input) => inDiagnosis(turn) && (isIntent(input, D.resume) || (isIntent(input, B.yes) && pendingIs(turn, 'diagnosis.paused'))),
  handle(turn) {
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const step = current.diagnosis.step(current.position.stepId);
    if (pendingIs(turn, 'diagnosis.step') && step.kind === 'ACTION') {
      const { check, reprompt } = checkAfter(turn, step);
      return turn.ask(check, reprompt).getResponse();
    }
    return speakStep(turn, state, turn.speech('diagnosis.resumeHere'));
  },
});

/** "No" to "ready to carry on?": the place is saved for next time. */
export const notReady = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.no) && pendingIs(turn, 'diagnosis.paused') && inDiagnosis(turn),
  async handle(turn) {
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.pausedGoodbye')).getResponse();
  },
});

/** Help during the steps: what the customer can say, then the step again. */
export const helpDuringSteps = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.help) && inDiagnosis(turn),
  handle(turn) {
    const current = active(turn.state.diagnosis)!;
    return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.help', { about: problemWords(current.diagnosis.tree.about, deviceWords(turn.speech, current.device)) }));
  },
});

/** "Agent" mid-diagnosis: the team gets the steps so far. */
export const agentDuringSteps = turnHandler({
  canHandle: (turn, input) => isIntent(input, SUPPORT_INTENTS.talkToAgent) && inDiagnosis(turn),
  handle(turn) {
    const current = active(turn.state.diagnosis)!;
    return escalate(turn, current.position.history, 'CUSTOMER_ASKED');
  },
});

/** Stop or cancel mid-way: the place is saved for next time (again, in case a save while stepping failed). */
export const stopMidway = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.stop, B.cancel) && inDiagnosis(turn),
  async handle(turn) {
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.savedGoodbye')).getResponse();
  },
});

/** The session ended mid-way (silence, "exit"): save the place; nothing may be spoken. */
export const endedMidway = turnHandler({
  canHandle: (turn, input) => isRequest(input, 'SessionEndedRequest') && active(turn.state.diagnosis) !== undefined,
  async handle(turn) {
    const request = getRequest<SessionEndedRequest>(turn.input.requestEnvelope);
    turn.deps.log.info('session ended', { reason: request.reason, errorType: request.error?.type, diagnosisSaved: true });
    await saveProgress(turn);
    return turn.input.responseBuilder.getResponse();
  },
});
