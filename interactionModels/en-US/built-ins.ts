import { BUILT_IN_INTENTS } from '../../lambda/vocabulary/support';
import { phrases, samples, type ModelFragment } from '../model-types';

/** Agreeing, after "yes" or on its own ("yeah sounds good"). */
const AGREEING = ['please', 'please do', 'go ahead', 'do it', 'book it', "that's right", "that's fine", 'that works', 'sounds good', 'thanks', 'thank you', "let's do it", 'why not'];
/** Declining, after "no" or on its own ("no i'm good"). */
const DECLINING = [
  "that's all", "that's it", "that's everything", "i'm good", "i'm fine", "i'm all set", 'nothing else', "that's all thanks", "that's all thank you",
  "that's it thanks", "i'm good thanks", 'not right now', 'not now', 'not today', "i don't", "i'm done", "it isn't", "it's not", 'it does not', "it doesn't",
  "don't", "don't book it", 'not really', "that's wrong", "that's not right", 'not that one', 'wrong one', 'i do not', 'it is not',
];

/** Amazon's built-in intents: no samples of our own needed, except words customers use for them. */
export const builtInsFragment: ModelFragment = {
  intents: [
    {
      name: BUILT_IN_INTENTS.help,
      samples: samples(
        'how does this work',
        phrases(['', "i'm confused", "i'm lost", "i don't understand", "i don't know what to say"], ['what can you do', 'what can i say', 'what are my options', 'what are the options', 'what can i ask']),
      ),
    },
    { name: BUILT_IN_INTENTS.stop, samples: phrases(["i'm done", "that's all", 'okay', 'thanks', 'thank you', 'all done'], ['goodbye', 'bye', 'stop']) },
    { name: BUILT_IN_INTENTS.cancel, samples: phrases(['', 'actually', 'oh'], ['never mind', 'nevermind', 'cancel that', 'forget it', 'forget that']) },
    { name: BUILT_IN_INTENTS.navigateHome, samples: phrases(['', 'go', 'take me', 'can we go'], ['home', 'back home', 'to the main menu', 'back to the main menu', 'back to the start']).filter((s) => s !== 'home') },
    { name: BUILT_IN_INTENTS.fallback, samples: [] },
    {
      name: BUILT_IN_INTENTS.yes,
      samples: samples(
        phrases(['yes', 'yeah', 'yep', 'sure', 'okay', 'ok'], AGREEING),
        AGREEING.filter((a) => !['thanks', 'thank you', 'please'].includes(a)),
        'that would be great', 'that would be good', 'perfect', 'sure thing', 'absolutely', 'definitely', 'uh huh', 'mm hmm', 'yes i would', 'i would',
        'yes i do', 'i do', 'yes it is', 'it is', 'yes it does', 'it does', 'correct', "that's correct", 'right', 'affirmative',
      ),
    },
    {
      name: BUILT_IN_INTENTS.no,
      samples: samples(
        phrases(['no', 'nope', 'nah', 'no thanks', 'no thank you'], DECLINING),
        DECLINING.filter((d) => !["i'm done", "don't", 'i do not', 'it is not', 'it does not'].includes(d)),
        'negative', "i don't think so", 'no i do not',
        // Thanks first, then declining: "thanks, that's all".
        phrases(['thanks', 'thank you', 'okay thanks'], ["that's all", "that's it", "that's everything", "i'm good", "i'm all set", 'nothing else']),
      ),
    },
    {
      name: BUILT_IN_INTENTS.repeat,
      samples: phrases(['', 'sorry', 'pardon', 'sorry what'], ["i didn't catch that", "i didn't hear that", "i didn't get that", 'can you repeat that', 'could you repeat that', 'can you repeat the last part', 'repeat the last part', 'say that again please', 'come again']),
    },
    {
      name: BUILT_IN_INTENTS.startOver,
      samples: samples(
        phrases(["let's", 'can we', 'i want to', 'i would like to'], ['start again', 'start over', 'begin again'], ['', 'from the beginning', 'from scratch', 'from the top']),
        phrases(["let's", 'can we'], 'start from', ['scratch', 'the beginning', 'the top']),
      ),
    },
  ],
};
