import * as z from 'zod/mini';
import { DEVICE_FAMILIES } from '../../model';
import { FamilyKnowledgeSchema } from './schema';

/**
 * Holds a knowledge base to its rules (FamilyKnowledgeSchema) and requires a tree set for every family; throws
 * naming each broken rule. The tests and the build run it, so the skill is never bundled with a broken tree.
 */
export function checkKnowledge(families: unknown[]): void {
  const parsed = z.array(FamilyKnowledgeSchema).parse(families);
  for (const family of DEVICE_FAMILIES) {
    if (!parsed.some((kb) => kb.family === family)) throw new Error(`knowledge base has no ${family} trees`);
  }
}
