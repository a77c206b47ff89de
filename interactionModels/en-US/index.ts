import type { InteractionModel, ModelFragment } from '../model-types';
import { builtInsFragment } from './built-ins';
import { diagnosisFragment } from './diagnosis';
import { orderProblemsFragment } from './order-problems';
import { ordersFragment } from './orders';
import { routingFragment } from './routing';
import { supportFragment } from './support';

/** One fragment per conversation area, in the order their intents are listed. */
const fragments: ModelFragment[] = [supportFragment, diagnosisFragment, ordersFragment, orderProblemsFragment, routingFragment, builtInsFragment];

export const INVOCATION_NAME = 'device help desk';

export function enUSModel(): InteractionModel {
  const dialogIntents = fragments.flatMap((f) => f.dialogIntents ?? []);
  const prompts = fragments.flatMap((f) => f.prompts ?? []);
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        modelConfiguration: { fallbackIntentSensitivity: { level: 'MEDIUM' } },
        intents: fragments.flatMap((f) => f.intents),
        types: fragments.flatMap((f) => f.types ?? []),
      },
      ...(dialogIntents.length > 0 ? { dialog: { intents: dialogIntents, delegationStrategy: 'SKILL_RESPONSE' } } : {}),
      ...(prompts.length > 0 ? { prompts } : {}),
    },
  };
}
