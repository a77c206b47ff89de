/** Whether the question waiting is one the diagnosis asked. */
import type { Turn } from '../../conversation/turn';
import { pendingArea, type QuestionId } from '../../conversation/questions';
import { active } from './progress';

/** The last question asked was one of these. */
export const pendingIs = (turn: Turn, ...ids: QuestionId[]) => ids.some((id) => turn.state.pending?.id === id);

/** A diagnosis is under way and the last question was the diagnosis's own (not another area's). */
export const inDiagnosis = ({ state }: Turn) => pendingArea(state) === 'diagnosis' && active(state.diagnosis) !== undefined;
