import * as z from 'zod/mini';
import type { DeviceFamily } from '../model';
import { knowledge, treeById } from './knowledge';
import type { Tree } from './knowledge/schema';
import { ESCALATE } from './knowledge/terms';
import type { StatusCondition } from './status';
import type { SymptomId } from './symptoms';

/** How the customer answered a step. */
export const ANSWERS = ['FIXED', 'NOT_FIXED', 'YES', 'NO', 'SKIPPED', 'ALREADY_TRIED'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Where the customer is in a tree, and the steps behind them with their answers (for "go back" and the team). */
export const PositionSchema = z.object({
  stepId: z.string(),
  history: z.array(z.object({ stepId: z.string(), answer: z.enum(ANSWERS) })),
});
export type Position = z.infer<typeof PositionSchema>;

/** A step as it is spoken: a tree step, or a status step ("let's install the update first"). */
export interface StepView {
  id: string;
  kind: 'ACTION' | 'QUESTION';
  say: string;
  /** An action's own check, when "Did that fix it?" does not fit. */
  ask?: string;
  /** A question in simpler words, for an answer that fit neither branch. */
  rephrase?: string;
  /** Set on a status step: the condition the device reported. */
  status?: StatusCondition;
}

export type Move =
  | { kind: 'NEXT'; position: Position }
  | { kind: 'FIXED' }
  /** Nothing in the tree fixed it: everything tried, the last answer included, for the team. */
  | { kind: 'ESCALATE'; history: Position['history'] }
  /** The answer fits no branch of this step ("it worked" to "is the light red?"). */
  | { kind: 'UNMATCHED' };

const STATUS_STEP = 'status.';

/** One diagnosis: a family's tree, and the status steps that go first because the device reported them. */
export class Diagnosis {
  /** The status conditions the tree cares about that the device reported, in the tree's order. */
  readonly plan: StatusCondition[];
  /** The tree step the symptom starts at, after any status steps. */
  private readonly firstStep: string;

  constructor(
    readonly family: DeviceFamily,
    readonly tree: Tree,
    conditions: readonly StatusCondition[],
    symptom?: SymptomId,
  ) {
    this.plan = (tree.statusFirst ?? []).filter((c) => conditions.includes(c));
    this.firstStep = (symptom && tree.startFor?.[symptom]) ?? tree.start;
  }

  /** Rebuilds a diagnosis saved by tree id; undefined when the tree no longer exists. */
  static of(treeId: string, conditions: readonly StatusCondition[], symptom?: SymptomId): Diagnosis | undefined {
    const found = treeById(treeId);
    return found && new Diagnosis(found.family, found.tree, conditions, symptom);
  }

  /** Where the diagnosis starts: the first status step, else the symptom's first step. */
  start(): Position {
    const first = this.plan.length > 0 ? `${STATUS_STEP}${this.plan[0]}` : this.passCovered(this.firstStep);
    return { stepId: first as string, history: [] };
  }

  /** The step at an id; throws for an id the tree does not have (validate saved positions with `has`). */
  step(id: string): StepView {
    if (id.startsWith(STATUS_STEP)) {
      const condition = id.slice(STATUS_STEP.length) as StatusCondition;
      const say = knowledge()[this.family].statusSteps[condition];
      if (!say || !this.plan.includes(condition)) throw new Error(`${this.tree.id} has no status step ${id}`);
      return { id, kind: 'ACTION', say, status: condition };
    }
    const step = this.tree.steps.find((s) => s.id === id);
    if (!step) throw new Error(`${this.tree.id} has no step ${id}`);
    return step.kind === 'ACTION' ? { id, kind: 'ACTION', say: step.say, ask: step.ask } : { id, kind: 'QUESTION', say: step.say, rephrase: step.rephrase };
  }

  has(id: string): boolean {
    try {
      this.step(id);
      return true;
    } catch {
      return false;
    }
  }

  /** Applies the customer's answer to the current step. */
  answer(position: Position, said: Answer): Move {
    const step = this.step(position.stepId);
    // Yes or no to "did that fix it?" after an action is fixed or not fixed, and is recorded so for the team.
    const answer = step.kind === 'ACTION' && said === 'YES' ? 'FIXED' : step.kind === 'ACTION' && said === 'NO' ? 'NOT_FIXED' : said;
    const target = this.targetOf(position.stepId, step, answer);
    if (target === undefined) return { kind: 'UNMATCHED' };
    if (target === 'FIXED') return { kind: 'FIXED' };
    const next = this.passCovered(target);
    const history = [...position.history, { stepId: position.stepId, answer }];
    if (next === ESCALATE) return { kind: 'ESCALATE', history };
    return { kind: 'NEXT', position: { stepId: next, history } };
  }

  /** The step before, with its answer forgotten; undefined at the first step. */
  back(position: Position): Position | undefined {
    const previous = position.history.at(-1);
    return previous && { stepId: previous.stepId, history: position.history.slice(0, -1) };
  }

  private targetOf(id: string, step: StepView, answer: Answer): string | undefined {
    if (step.status) return answer === 'FIXED' ? 'FIXED' : this.afterStatus(step.status);
    const own = this.treeStep(id);
    if (own.kind === 'ACTION') return answer === 'FIXED' ? 'FIXED' : own.next;
    if (answer === 'YES') return own.yes;
    if (answer === 'NO' || answer === 'SKIPPED') return own.no;
    return undefined;
  }

  private afterStatus(condition: StatusCondition): string {
    const following = this.plan[this.plan.indexOf(condition) + 1];
    return following ? `${STATUS_STEP}${following}` : this.firstStep;
  }

  private treeStep(id: string) {
    const step = this.tree.steps.find((s) => s.id === id);
    if (!step) throw new Error(`${this.tree.id} has no step ${id}`);
    return step;
  }

  /** Passes over tree steps a status step already did (the fresh batteries the remote was given first). */
  private passCovered(target: string): string {
    let current = target;
    for (;;) {
      if (current === ESCALATE || current.startsWith(STATUS_STEP)) return current;
      const step = this.treeStep(current);
      if (step.kind !== 'ACTION' || !step.covers || !this.plan.includes(step.covers)) return current;
      current = step.next;
    }
  }
}
