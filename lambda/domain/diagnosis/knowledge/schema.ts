import * as z from 'zod/mini';
import { DEVICE_FAMILIES } from '../../model';
import { SYMPTOM_IDS, type SymptomId } from '../symptoms';
import { STATUS_CONDITIONS } from '../status';
import { DEVICE_PLACEHOLDER, ESCALATE } from './terms';


const stepId = z.string().check(z.regex(/^[a-z][A-Za-z]*$/, 'step ids are lowerCamelCase words'));
const target = z.union([z.literal(ESCALATE), stepId]);
/** Words spoken to the customer: plain text (escaped when spoken), never SSML. */
const words = z.string().check(z.minLength(10), z.refine((s) => !/[<>&{}]/.test(s), 'plain text only'));

/** One thing the customer does; "it worked" ends the diagnosis, anything else moves to `next`. */
const ActionStepSchema = z.object({
  id: stepId,
  kind: z.literal('ACTION'),
  /** The instruction, one action, as a support engineer would say it. */
  say: words.check(z.refine((s) => !s.trim().endsWith('?'), 'an action is not a question')),
  /** The check after the action when "Did that fix it?" does not fit. */
  ask: z.optional(words.check(z.refine((s) => s.trim().endsWith('?'), 'a check is a question'))),
  next: target,
  /** The status step that already did this: when it was tried, this step is passed over. */
  covers: z.optional(z.enum(STATUS_CONDITIONS)),
});

/** A yes/no question that branches. */
const QuestionStepSchema = z.object({
  id: stepId,
  kind: z.literal('QUESTION'),
  say: words.check(z.refine((s) => s.trim().endsWith('?'), 'a question ends with a question mark')),
  /** Said once when an answer fits neither branch: the same question in simpler words. */
  rephrase: words.check(z.refine((s) => s.trim().endsWith('?'), 'a question ends with a question mark')),
  yes: target,
  /** Also where "skip" goes. */
  no: target,
});

export const StepSchema = z.discriminatedUnion('kind', [ActionStepSchema, QuestionStepSchema]);
export type Step = z.infer<typeof StepSchema>;
export type ActionStep = z.infer<typeof ActionStepSchema>;

/** One symptom's troubleshooting on one family: steps in the order that fixes most cases fastest. */
export const TreeSchema = z
  .object({
    id: z.string().check(z.regex(/^[A-Z][A-Z_]*$/)),
    /** The symptoms this tree answers. */
    covers: z.array(z.enum(SYMPTOM_IDS)).check(z.minLength(1)),
    /**
     * What is being fixed, naming the device once as {{device}}: "the remote on {{device}}" is said
     * "Last time we were fixing the remote on your Living Room Fire TV".
     */
    about: z
      .string()
      .check(z.refine((s) => s.split(DEVICE_PLACEHOLDER).length === 2, 'names the device once, as {{device}}'))
      .check(z.refine((s) => !/[<>&]/.test(s) && !/[{}]/.test(s.replace(DEVICE_PLACEHOLDER, '')), 'plain text only')),
    /** Said in the goodbye after a fix: what to do if it comes back. */
    ifItComesBack: words,
    /** Status conditions worth fixing before the steps, in the order they are tried. */
    statusFirst: z.optional(z.array(z.enum(STATUS_CONDITIONS))),
    start: stepId,
    /** Where a symptom that says more starts instead ("flashing yellow" skips the colour questions). */
    startFor: z.optional(z.partialRecord(z.enum(SYMPTOM_IDS), stepId)),
    steps: z.array(StepSchema).check(z.minLength(2)),
  })
  .check(z.superRefine((tree, ctx) => {
    const ids = tree.steps.map((s) => s.id);
    const known = new Set(ids);
    if (known.size !== ids.length) ctx.addIssue({ code: 'custom', message: `${tree.id}: duplicate step ids` });
    if (!known.has(tree.start)) ctx.addIssue({ code: 'custom', message: `${tree.id}: start ${tree.start} is not a step` });
    for (const [symptom, start] of Object.entries(tree.startFor ?? {})) {
      if (!tree.covers.includes(symptom as SymptomId)) ctx.addIssue({ code: 'custom', message: `${tree.id}: start for ${symptom}, which it does not cover` });
      if (!known.has(start)) ctx.addIssue({ code: 'custom', message: `${tree.id}: start ${start} for ${symptom} is not a step` });
    }
    for (const step of tree.steps) {
      const targets = step.kind === 'ACTION' ? [step.next] : [step.yes, step.no];
      for (const t of targets) {
        if (t !== ESCALATE && !known.has(t)) ctx.addIssue({ code: 'custom', message: `${tree.id}.${step.id}: unknown step ${t}` });
      }
    }
  }));
export type Tree = z.infer<typeof TreeSchema>;

/** A family's status steps and trees. */
export const FamilyKnowledgeSchema = z
  .object({
    family: z.enum(DEVICE_FAMILIES),
    /** The fix for each status condition, offered before a tree's steps ("let's install the update first"). */
    statusSteps: z.partialRecord(z.enum(STATUS_CONDITIONS), words),
    trees: z.array(TreeSchema).check(z.minLength(6)),
  })
  .check(z.superRefine((kb, ctx) => {
    const covered = kb.trees.flatMap((t) => t.covers);
    const twice = covered.filter((s, i) => covered.indexOf(s) !== i);
    if (twice.length) ctx.addIssue({ code: 'custom', message: `${kb.family}: symptoms with two trees: ${twice.join(', ')}` });
    for (const tree of kb.trees) {
      for (const condition of tree.statusFirst ?? []) {
        if (!kb.statusSteps[condition]) ctx.addIssue({ code: 'custom', message: `${tree.id}: no status step for ${condition}` });
      }
    }
  }));
export type FamilyKnowledge = z.infer<typeof FamilyKnowledgeSchema>;

/** One locale's words for each symptom: the Symptom slot type is generated from these. */
export const SymptomWordsSchema = z.record(
  z.enum(SYMPTOM_IDS),
  z.object({ value: z.string().check(z.minLength(2)), synonyms: z.array(z.string().check(z.regex(/^[a-z' .-]+$/))).check(z.minLength(1)) }),
);
