/** The questions the diagnosis asks, and whether the last one was one of them. */
import type { Turn } from '../../conversation/turn';
import { pendingArea } from '../../conversation/questions';
import { active } from './progress';

/** What each yes/no (or bare answer) of the diagnosis replies to. */
export const PENDING = {
  step: 'diagnosis.step',
  paused: 'diagnosis.paused',
  confirmDevice: 'diagnosis.confirmDevice',
  askDevice: 'diagnosis.askDevice',
  whichDevice: 'diagnosis.whichDevice',
  askSymptom: 'diagnosis.askSymptom',
  offerTeam: 'diagnosis.offerTeam',
  fixFirst: 'diagnosis.fixFirst',
  resume: 'diagnosis.resume',
} as const;

/** The last question asked was one of these. */
export const pendingIs = (turn: Turn, ...ids: string[]) => ids.includes(turn.state.pending?.id ?? '');

/** A diagnosis is under way and the last question was the diagnosis's own (not another area's). */
export const inDiagnosis = ({ state }: Turn) => pendingArea(state) === 'diagnosis' && active(state.diagnosis) !== undefined;
