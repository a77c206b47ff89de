import { BUILT_INS, NEW_REQUESTS, QUESTIONS, QUESTION_IDS, routeOf, type Question } from '../lambda/conversation/questions';

const WAY_OUT: Record<Question['afterTwoMisses'], string> = {
  OFFER_PERSON: 'a person, with what was learned (or which team)',
  MOVE_ON: 'moves on, nothing changed: "anything else?"',
  END: 'how to come back, and close',
};

const names = (intents: readonly string[]) => (intents.length ? intents.map((i) => `\`${i}\``).join(', ') : '(none: a permission answer)');

/**
 * docs/questions.md: for every question the skill asks, what each intent of the model leads to. Written by
 * `npm run build:model`; a test fails when it is stale.
 */
export function questionsTable(intents: readonly string[]): string {
  const requests = Object.entries(NEW_REQUESTS).map(([intent, area]) => `\`${intent}\` → ${area}`);
  const rows = QUESTION_IDS.map((id) => {
    const question = QUESTIONS[id];
    const misses = intents.filter((intent) => routeOf(id, intent) === 'MISS');
    const onMiss = question.onMiss === 'AREA' ? `rephrased by ${question.area}` : 'asked again';
    return `| \`${id}\` | ${question.area} | ${names(question.answers)} | ${names(misses)} | ${onMiss} | ${WAY_OUT[question.afterTwoMisses]} |`;
  });
  return [
    '# The questions the skill asks',
    '',
    'Generated from `lambda/conversation/questions.ts` and the interaction model by `npm run build:model`.',
    '',
    'At every question, an intent is one of four things:',
    '',
    '- an **answer**: the question\'s area takes it;',
    `- a **new request**, unless the question takes it as an answer: its own area takes it, whatever was asked (${requests.join('; ')});`,
    `- a **built-in**, the same everywhere: ${names(BUILT_INS)};`,
    '- a **miss**: asked again once (or rephrased by its area); a second miss in a row takes the question\'s way out, so no question is asked a third time.',
    '',
    '| question | area | answers | misses | first miss | after two misses |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
