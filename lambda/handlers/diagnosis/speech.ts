/** Speaking the diagnosis: the device, each step, and the two endings. */
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../conversation/turn';
import type { Diagnosis, Position, StepView } from '../../domain/diagnosis/engine';
import type { DiagnosisDevice, DiagnosisState } from '../../domain/diagnosis/progress';
import { diagnosisHandoff } from '../../domain/diagnosis/summary';
import { deviceWords } from '../../speech/device';
import { text } from '../../speech/ssml';
import { handOff } from '../handoff';
import { active, clearProgress, saveProgress } from './progress';
import { noteOutcome } from '../../observability/outcome';
import { teamFor } from '../../domain/support/channel';
import { teamName } from '../routing/context';

/** The team that owns the device, as spoken: "Fire TV". */
export const teamWords = (turn: Turn, device: DiagnosisDevice) => teamName(turn, teamFor(device.family));

/** The question after an action ("Did that fix it?", or the step's own), and its reprompt. */
export function checkAfter(turn: Turn, step: StepView): { check: string; reprompt: string } {
  if (step.ask) return { check: text(step.ask).markup, reprompt: text(step.ask).markup };
  return { check: turn.speech('diagnosis.didItWork'), reprompt: turn.speech('diagnosis.didItWorkReprompt') };
}

/** Speaks the current step (with a lead-in), saves the place, and waits for the customer's answer. */
export async function speakStep(turn: Turn, state: DiagnosisState, lead?: string): Promise<Response> {
  const t = turn.speech;
  const current = active(state)!;
  const step = current.diagnosis.step(current.position.stepId);
  const device = deviceWords(t, current.device);
  const intro = step.status
    ? t(`diagnosis.statusIntro.${step.status}`, { device, days: current.device.daysSinceSync ?? 0, percent: current.device.batteryPercent ?? 0 })
    : undefined;
  const instruction = text(step.say).markup;
  const { check, reprompt } = step.kind === 'ACTION' ? checkAfter(turn, step) : { check: '', reprompt: instruction };
  state.misses = 0;
  turn.state.diagnosis = state;
  turn.state.pending = { id: 'diagnosis.step' };
  await saveProgress(turn);
  return turn.ask([lead, intro, instruction, check].filter(Boolean).join(' '), reprompt).getResponse();
}

/** An answer that fits no step: the question again in other words, then the team. */
export async function notUnderstood(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const state = turn.state.diagnosis!;
  const current = active(state)!;
  state.misses += 1;
  if (state.misses >= 2) {
    turn.state.pending = { id: 'diagnosis.offerTeam' };
    const team = teamWords(turn, current.device);
    return turn.ask(t('diagnosis.offerTeam', { team }), t('diagnosis.offerTeamReprompt', { team })).getResponse();
  }
  const step = current.diagnosis.step(current.position.stepId);
  const rephrased = step.rephrase
    ? `${t('diagnosis.rephrasePrefix')} ${text(step.rephrase).markup}`
    : t('diagnosis.rephraseAction');
  turn.state.pending = { id: 'diagnosis.step' };
  return turn.ask(rephrased, rephrased).getResponse();
}

/** The problem is fixed: a warm close, saying what to do if it comes back. */
export async function fixed(turn: Turn, diagnosis: Diagnosis): Promise<Response> {
  turn.deps.log.info('diagnosis fixed', { tree: diagnosis.tree.id });
  noteOutcome(turn, { kind: 'FIXED', family: diagnosis.family });
  delete turn.state.diagnosis;
  await clearProgress(turn);
  return turn.tell(turn.speech('diagnosis.fixed', { comeBack: diagnosis.tree.ifItComesBack })).getResponse();
}

/** Hands the customer to the device team with the summary; the speech acknowledges what happened first. */
export async function escalate(turn: Turn, history: Position['history'], reason: 'DIAGNOSIS_UNRESOLVED' | 'CUSTOMER_ASKED'): Promise<Response> {
  const state = turn.state.diagnosis!;
  const current = active(state)!;
  const handoff = diagnosisHandoff({ diagnosis: current.diagnosis, device: current.device, symptom: state.symptom ?? current.diagnosis.tree.covers[0], said: state.symptomSaid, history, reason });
  turn.deps.log.info('diagnosis handed off', { tree: current.diagnosis.tree.id, reason, steps: history.length });
  delete turn.state.diagnosis;
  await clearProgress(turn);
  return handOff(turn, handoff, escalationLead(turn, state, history.length, reason));
}

/** What the customer hears before the hand-over: sorry it is not fixed, the one quick fix that did not do it, or "of course". */
function escalationLead(turn: Turn, state: DiagnosisState, stepsTried: number, reason: 'DIAGNOSIS_UNRESOLVED' | 'CUSTOMER_ASKED'): string | undefined {
  const team = teamWords(turn, active(state)!.device);
  if (reason === 'DIAGNOSIS_UNRESOLVED') return turn.speech('diagnosis.escalating', { team });
  if (state.quickFix) return turn.speech('diagnosis.quickFixFailed', { team });
  // Nothing tried yet (the customer would rather not, or there is no quick fix): the hand-over speaks for itself.
  return stepsTried > 0 ? turn.speech('diagnosis.toTeamOnRequest') : undefined;
}
