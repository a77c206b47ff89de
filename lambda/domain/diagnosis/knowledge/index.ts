import * as z from 'zod/mini';
import type { DeviceFamily } from '../../model';
import type { SymptomId } from '../symptoms';
import { FamilyKnowledgeSchema, type FamilyKnowledge, type Tree } from './schema';
import { echoKnowledge } from './echo.en-US';
import { fireTvKnowledge } from './fire-tv.en-US';
import { kindleKnowledge } from './kindle.en-US';
import { symptomNamesEnUS } from './symptom-names.en-US';

/** Validates the knowledge base; a broken tree fails its first use (and every test), never mid-call. */
export function loadKnowledge(families: unknown[]): Record<DeviceFamily, FamilyKnowledge> {
  const parsed = z.array(FamilyKnowledgeSchema).parse(families);
  const byFamily = Object.fromEntries(parsed.map((kb) => [kb.family, kb])) as Record<DeviceFamily, FamilyKnowledge>;
  for (const family of ['ECHO', 'FIRE_TV', 'KINDLE'] as const) {
    if (!byFamily[family]) throw new Error(`knowledge base has no ${family} trees`);
  }
  return byFamily;
}

let loaded: Record<DeviceFamily, FamilyKnowledge> | undefined;

/** The troubleshooting knowledge of every family, validated on first use so turns without it start faster. */
export function knowledge(): Record<DeviceFamily, FamilyKnowledge> {
  loaded ??= loadKnowledge([echoKnowledge, fireTvKnowledge, kindleKnowledge]);
  return loaded;
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
