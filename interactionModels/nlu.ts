import { parseArgs } from 'node:util';
import { CORPUS_PARTS, corpusExists, corpusFile, readCorpus } from './nlu/corpus';
import { committedModelResolver, evaluate, formatEvaluation, sameOutcome } from './nlu/evaluate';
import { readAlexaOutcomes, writeReplayFiles } from './nlu/replay';

const USAGE = `How well the committed interaction model understands the corpus (interactionModels/corpus/).

  npm run nlu                                    resolve train and holdout locally, report accuracy and confusions
  npm run nlu -- --part train                    only one part (whoever writes samples reads the train part alone)
  npm run nlu -- --replay <dir> --skill-id <id>  write ask dialog replay files for the development stage
  npm run nlu -- --compare <file or dir>         hold what Alexa resolved (ask dialog --save-skill-io) to the corpus`;

function main(): void {
  const { values } = parseArgs({
    options: { part: { type: 'string' }, replay: { type: 'string' }, 'skill-id': { type: 'string' }, compare: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return console.log(USAGE);
  const parts = CORPUS_PARTS.filter((part) => corpusExists(part) && (!values.part || part === values.part));
  if (parts.length === 0) throw new Error(`no corpus: expected ${CORPUS_PARTS.map((p) => corpusFile(p)).join(' and ')}`);

  if (values.replay) {
    if (!values['skill-id']) throw new Error('--replay needs --skill-id amzn1.ask.skill.<id> (the development skill the files run against)');
    for (const part of parts) {
      const files = writeReplayFiles(values.replay, part, readCorpus(corpusFile(part)), values['skill-id']);
      console.log(`${part}: wrote ${files.length} replay files to ${values.replay}`);
    }
    return;
  }

  const alexa = values.compare ? readAlexaOutcomes(values.compare) : undefined;
  const local = committedModelResolver();
  for (const part of parts) {
    const entries = readCorpus(corpusFile(part));
    const title = alexa ? `${part} (as Alexa resolved it)` : `${part} (local resolver, committed model)`;
    const evaluation = evaluate(entries, alexa ? (u) => alexa.get(u) : local);
    console.log(`${formatEvaluation(title, evaluation)}\n`);
    if (alexa) {
      // Where the local resolver and Alexa part, the resolver (or its documented limits) is what to look at.
      const replayed = entries.filter((e) => alexa.has(e.utterance));
      const differ = replayed.filter((e) => !sameOutcome(local(e.utterance), alexa.get(e.utterance)!));
      console.log(`  the local resolver agrees with Alexa on ${replayed.length - differ.length} of ${replayed.length} replayed utterances`);
      for (const e of differ) console.log(`    "${e.utterance}": Alexa ${JSON.stringify(alexa.get(e.utterance))}, local ${JSON.stringify(local(e.utterance))}`);
      console.log('');
    }
  }
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
