import { corpusExists, corpusFile } from '../../interactionModels/nlu/corpus';
import { evaluateCorpusPart, formatEvaluation } from '../../interactionModels/nlu/evaluate';

/** The share of the train corpus the committed model must understand, intent and every slot right. */
const GATE = 0.95;

describe('the interaction model understands how customers speak (npm run nlu)', () => {
  if (!corpusExists('train')) {
    const message = `not measured: the corpus file ${corpusFile('train')} is missing`;
    // Jest does not name the tests of a suite it skips whole, so the reason is also printed.
    console.warn(`nlu-accuracy skipped, ${message}`);
    it.skip(message, () => undefined);
    return;
  }

  it(`resolves at least ${GATE * 100}% of the train corpus with the right intent and slots`, () => {
    const evaluation = evaluateCorpusPart('train');
    if (evaluation.fullAccuracy < GATE) throw new Error(formatEvaluation('train', evaluation));
    expect(evaluation.total).toBeGreaterThan(0);
  });
});
