import { Diagnosis, ANSWERS, type Position } from '../../../lambda/domain/diagnosis/engine';
import { knowledge, familiesWith, treeFor, KNOWLEDGE_BASE } from '../../../lambda/domain/diagnosis/knowledge';
import { checkKnowledge } from '../../../lambda/domain/diagnosis/knowledge/check';
import type { Tree } from '../../../lambda/domain/diagnosis/knowledge/schema';
import { echoKnowledge } from '../../../lambda/domain/diagnosis/knowledge/echo.en-US';
import { fireTvKnowledge } from '../../../lambda/domain/diagnosis/knowledge/fire-tv.en-US';
import { kindleKnowledge } from '../../../lambda/domain/diagnosis/knowledge/kindle.en-US';
import type { StatusCondition } from '../../../lambda/domain/diagnosis/status';
import type { DeviceFamily } from '../../../lambda/domain/model';
import { SYMPTOM_IDS, type SymptomId } from '../../../lambda/domain/diagnosis/symptoms';

const trees = Object.values(knowledge()).flatMap((kb) => kb.trees.map((tree) => ({ family: kb.family, tree })));

/** Every subset of a tree's status conditions: the status steps the device may report. */
function conditionSets(tree: Tree): StatusCondition[][] {
  return (tree.statusFirst ?? []).reduce<StatusCondition[][]>((sets, c) => [...sets, ...sets.map((s) => [...s, c])], [[]]);
}

interface Walk {
  visited: Set<string>;
  endings: Set<'FIXED' | 'ESCALATE'>;
  /** A path that came back to a step it had already passed. */
  loops: string[];
}

/** Follows every answer from every step to the end of every path. */
function walk(diagnosis: Diagnosis): Walk {
  const result: Walk = { visited: new Set(), endings: new Set(), loops: [] };
  const visit = (position: Position, path: string[]) => {
    if (path.includes(position.stepId)) {
      result.loops.push([...path, position.stepId].join(' > '));
      return;
    }
    result.visited.add(position.stepId);
    for (const answer of ANSWERS) {
      const move = diagnosis.answer(position, answer);
      if (move.kind === 'NEXT') visit(move.position, [...path, position.stepId]);
      else if (move.kind !== 'UNMATCHED') result.endings.add(move.kind);
    }
  };
  visit(diagnosis.start(), []);
  return result;
}

/** Every way into a tree: each symptom it covers (some start further in) with each set of status conditions. */
function entries(tree: Tree): { label: string; symptom: SymptomId; conditions: StatusCondition[] }[] {
  return tree.covers.flatMap((symptom) => conditionSets(tree).map((conditions) => ({ label: `${symptom}, ${conditions.join('+') || 'no status'}`, symptom, conditions })));
}

describe.each(trees.map(({ family, tree }) => [tree.id, family, tree] as const))('tree %s', (_id, family, tree) => {
  it.each(entries(tree).map((e) => [e.label, e] as const))('walks to an ending on every path (%s)', (_label, { symptom, conditions }) => {
    const diagnosis = new Diagnosis(family, tree, conditions, symptom);
    const { loops, endings, visited } = walk(diagnosis);
    expect(loops).toEqual([]);
    expect([...endings].sort()).toEqual(['ESCALATE', 'FIXED']);
    for (const condition of conditions) expect(visited).toContain(`status.${condition}`);
  });

  it('reaches every step from the start', () => {
    const visited = new Set(entries(tree).flatMap((e) => [...walk(new Diagnosis(family, tree, e.conditions, e.symptom)).visited]));
    expect(tree.steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([]);
  });

  it('ends every path at a fix or at the team: an action is fixed by "it worked", and escalates or moves on otherwise', () => {
    const diagnosis = new Diagnosis(family, tree, []);
    for (const step of tree.steps) {
      const at: Position = { stepId: step.id, history: [] };
      if (step.kind === 'ACTION') {
        expect(diagnosis.answer(at, 'FIXED')).toEqual({ kind: 'FIXED' });
        expect(['NEXT', 'ESCALATE']).toContain(diagnosis.answer(at, 'NOT_FIXED').kind);
      } else {
        expect(['NEXT', 'ESCALATE']).toContain(diagnosis.answer(at, 'YES').kind);
        expect(['NEXT', 'ESCALATE']).toContain(diagnosis.answer(at, 'NO').kind);
      }
    }
  });

  it('has speech for every step: short actions, and questions that end with a question mark', () => {
    for (const step of tree.steps) {
      expect(step.say.trim().length).toBeGreaterThan(10);
      expect(step.say.length).toBeLessThan(260);
      if (step.kind === 'QUESTION') {
        expect(step.say.trim().endsWith('?')).toBe(true);
        expect(step.rephrase.trim().endsWith('?')).toBe(true);
      } else {
        expect(step.say).not.toMatch(/\?\s*$/);
      }
    }
    for (const condition of tree.statusFirst ?? []) expect(knowledge()[family].statusSteps[condition]).toBeTruthy();
  });
});

describe('the knowledge base', () => {
  const issueSymptoms: [DeviceFamily, SymptomId[]][] = [
    [
      'ECHO',
      [
        ...['NOT_RESPONDING', 'WONT_TURN_ON', 'FROZEN', 'RESTARTING', 'OFFLINE', 'NOT_UNDERSTANDING', 'WAKES_BY_ITSELF', 'BLUETOOTH', 'NO_SOUND', 'SOUND_QUALITY'] as const,
        ...['LIGHT_RING', 'LIGHT_RED', 'LIGHT_ORANGE', 'LIGHT_YELLOW', 'LIGHT_GREEN', 'LIGHT_BLUE', 'LIGHT_PURPLE', 'LIGHT_WHITE'] as const,
        // The Echo Show's own.
        ...['SCREEN', 'NO_PICTURE', 'CAMERA', 'VIDEO_CALLS', 'PHOTOS'] as const,
      ],
    ],
    ['FIRE_TV', ['NO_PICTURE', 'WONT_TURN_ON', 'REMOTE', 'BUFFERING', 'APP_CRASHING', 'NO_SOUND', 'FROZEN', 'SLOW', 'RESTARTING', 'STORAGE_FULL', 'SCREEN_MIRRORING', 'OFFLINE']],
    ['KINDLE', ['WONT_TURN_ON', 'NOT_CHARGING', 'FROZEN', 'RESTARTING', 'BOOKS_MISSING', 'OFFLINE', 'SCREEN', 'BATTERY_DRAIN']],
  ];

  it.each(issueSymptoms)('has a tree for each %s symptom the desk promises, and at least six trees', (family, symptoms) => {
    expect(symptoms.filter((s) => !treeFor(family, s))).toEqual([]);
    expect(knowledge()[family].trees.length).toBeGreaterThanOrEqual(6);
  });

  it('has at least one family for every symptom a customer can name', () => {
    expect(SYMPTOM_IDS.filter((s) => familiesWith(s).length === 0)).toEqual([]);
  });

  it('keeps every rule of the knowledge base as written (the build runs the same check)', () => {
    expect(() => checkKnowledge(KNOWLEDGE_BASE)).not.toThrow();
  });

  it('gives every tree a unique id', () => {
    const ids = trees.map((t) => t.tree.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const broken = (edit: (tree: Record<string, unknown>) => void) => {
    const copy = structuredClone(fireTvKnowledge) as unknown as { trees: Record<string, unknown>[] };
    edit(copy.trees[1]);
    return () => checkKnowledge([echoKnowledge, copy, kindleKnowledge]);
  };

  it.each([
    ['a branch to a step that does not exist', (t: Record<string, unknown>) => ((t.steps as { next?: string }[])[0].next = 'nowhere'), /unknown step nowhere/],
    ['a start that is not a step', (t: Record<string, unknown>) => (t.start = 'missing'), /start missing is not a step/],
    ['a symptom\'s start that is not a step', (t: Record<string, unknown>) => (t.startFor = { REMOTE: 'missing' }), /start missing for REMOTE is not a step/],
    ['a start for a symptom the tree does not cover', (t: Record<string, unknown>) => (t.startFor = { LIGHT_RED: 'pair' }), /start for LIGHT_RED, which it does not cover/],
    ['a status step the family does not have', (t: Record<string, unknown>) => (t.statusFirst = ['BATTERY_LOW']), /no status step for BATTERY_LOW/],
    ['an action worded as a question', (t: Record<string, unknown>) => ((t.steps as { say: string }[])[0].say = 'Have you tried new batteries?'), /not a question/],
    ['markup in the wording', (t: Record<string, unknown>) => ((t.steps as { say: string }[])[0].say = 'Press <b>Home</b> for ten seconds.'), /plain text only/],
  ])('refuses %s', (_what, edit, message) => {
    expect(broken(edit)).toThrow(message);
  });

  it('refuses a knowledge base without a family', () => {
    expect(() => checkKnowledge([echoKnowledge, fireTvKnowledge])).toThrow(/no KINDLE trees/);
  });
});
