import type { DeviceFamily } from '../../model';
import type { SymptomId } from '../symptoms';
import type { FamilyKnowledge, Tree } from './schema';
import { echoKnowledge } from './echo.en-US';
import { fireTvKnowledge } from './fire-tv.en-US';
import { kindleKnowledge } from './kindle.en-US';
import { symptomNamesEnUS } from './symptom-names.en-US';

/** The knowledge base as written, family by family: `checkKnowledge` (./check) holds it to its rules. */
export const KNOWLEDGE_BASE: FamilyKnowledge[] = [echoKnowledge, fireTvKnowledge, kindleKnowledge];

const BY_FAMILY = Object.fromEntries(KNOWLEDGE_BASE.map((kb) => [kb.family, kb])) as Record<DeviceFamily, FamilyKnowledge>;

/**
 * The troubleshooting knowledge of every family. Its rules are checked by the tests and by the build, which
 * refuses to bundle a broken tree, so a cold start does not check them again (that cost a first diagnosis 5–8 ms).
 */
export function knowledge(): Record<DeviceFamily, FamilyKnowledge> {
  return BY_FAMILY;
}

/** A symptom's name in en-US, as the desk says it ("no picture"). */
export function symptomName(symptom: SymptomId): string {
  return symptomNamesEnUS[symptom];
}

/** The tree that answers a symptom on a family, if the family has one. */
export function treeFor(family: DeviceFamily, symptom: SymptomId): Tree | undefined {
  return knowledge()[family].trees.find((t) => t.covers.includes(symptom));
}

/** The tree with this id, for progress loaded back from a session or the store. */
export function treeById(id: string): { family: DeviceFamily; tree: Tree } | undefined {
  for (const kb of Object.values(knowledge())) {
    const tree = kb.trees.find((t) => t.id === id);
    if (tree) return { family: kb.family, tree };
  }
  return undefined;
}

/** The families with a tree for a symptom: "the remote doesn't work" can only be a Fire TV. */
export function familiesWith(symptom: SymptomId): DeviceFamily[] {
  return Object.values(knowledge())
    .filter((kb) => kb.trees.some((t) => t.covers.includes(symptom)))
    .map((kb) => kb.family);
}

/** The symptoms a family has trees for, in the knowledge base's order. */
export function symptomsOf(family: DeviceFamily): SymptomId[] {
  return knowledge()[family].trees.map((t) => t.covers[0]);
}
