/** A slot type value as the model and Dialog.UpdateDynamicEntities write it. */
export interface EntityValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

/** The dynamic entities in force: values by slot type name. */
export type DynamicEntities = Record<string, EntityValue[]>;

interface UpdateDirective {
  type: string;
  updateBehavior?: 'REPLACE' | 'CLEAR';
  types?: { name: string; values: EntityValue[] }[];
}

/**
 * The dynamic entities after a response: a Dialog.UpdateDynamicEntities directive replaces them all
 * (REPLACE) or removes them (CLEAR); a response without one leaves them as they were.
 */
export function dynamicEntitiesAfter(current: DynamicEntities, directives: readonly { type: string }[] | undefined): DynamicEntities {
  const update = directives?.find((d) => d.type === 'Dialog.UpdateDynamicEntities') as UpdateDirective | undefined;
  if (!update) return current;
  if (update.updateBehavior === 'CLEAR') return {};
  return Object.fromEntries((update.types ?? []).map((t) => [t.name, t.values]));
}
