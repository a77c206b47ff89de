import { readFileSync } from 'node:fs';
import { QUESTIONS_DOC, questionsDoc } from '../../interactionModels/build';
import { enUSModel } from '../../interactionModels/en-US';
import { NEW_REQUESTS, QUESTIONS, QUESTION_IDS, routeOf } from '../../lambda/conversation/questions';

const intents = enUSModel().interactionModel!.languageModel!.intents!.map((intent) => intent.name!);

describe('the registry of questions', () => {
  it('is listed in docs/questions.md exactly as the registry and the model make it (run npm run build:model)', () => {
    expect(readFileSync(QUESTIONS_DOC, 'utf8')).toBe(questionsDoc());
  });

  it.each(QUESTION_IDS)('%s takes only intents the model has as answers', (id) => {
    for (const answer of QUESTIONS[id].answers) expect(intents).toContain(answer);
  });

  it.each(QUESTION_IDS)('%s lets the customer ask for a person, a channel, an order or another device instead of answering', (id) => {
    expect(routeOf(id, 'TalkToAgentIntent')).toBe('BUILT_IN');
    for (const intent of ['ChooseChannelIntent', 'OrderStatusIntent', 'SupportIntent', 'DescribeProblemIntent']) {
      expect(['ANSWER', 'NEW_REQUEST']).toContain(routeOf(id, intent));
    }
  });

  it.each(QUESTION_IDS)('%s counts words the model could not place as a miss', (id) => {
    expect(routeOf(id, 'AMAZON.FallbackIntent')).toBe('MISS');
  });

  it('has an area for every intent that asks for something new, and names only intents the model has', () => {
    for (const intent of Object.keys(NEW_REQUESTS)) expect(intents).toContain(intent);
  });
});
