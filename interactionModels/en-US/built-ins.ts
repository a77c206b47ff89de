import { BUILT_IN_INTENTS } from '../../lambda/vocabulary/support';
import { phrases, samples, type ModelFragment } from '../model-types';

/** Amazon's built-in intents: no samples of our own needed, except words customers use for them. */
export const builtInsFragment: ModelFragment = {
  intents: [
    { name: BUILT_IN_INTENTS.help, samples: ['what can you do', 'what can i say', 'how does this work'] },
    { name: BUILT_IN_INTENTS.stop, samples: [] },
    { name: BUILT_IN_INTENTS.cancel, samples: ['never mind', 'nevermind'] },
    { name: BUILT_IN_INTENTS.navigateHome, samples: [] },
    { name: BUILT_IN_INTENTS.fallback, samples: [] },
    {
      name: BUILT_IN_INTENTS.yes,
      samples: samples(phrases(['yes', 'yeah', 'yep', 'sure', 'okay', 'ok'], ['please', 'please do', 'go ahead', 'do it', 'book it', "that's right", "that's fine", 'that works', 'sounds good', 'thanks', 'thank you', "let's do it", 'why not']), 'go ahead', 'do it', 'book it', 'please do', 'sounds good', 'that works', 'that would be great', 'that would be good', 'perfect', 'sure thing', 'absolutely', 'definitely', 'yes i would', 'i would', 'yes i do', 'i do', 'yes it is', 'it is', 'yes it does', 'it does', 'correct', "that's correct", "that's right", 'right'),
    },
    {
      name: BUILT_IN_INTENTS.no,
      samples: samples(phrases(['no', 'nope', 'nah', 'no thanks', 'no thank you'], ["that's all", "that's it", "that's everything", "i'm good", "i'm fine", "i'm all set", 'nothing else', "that's all thanks", "that's all thank you", "that's it thanks", "i'm good thanks", 'not right now', 'not now', 'not today', "i don't", "i'm done", "it isn't", "it's not", 'it does not', "it doesn't", "don't", "don't book it", 'not really']), "that's all", "that's it", "that's everything", 'nothing else', "i'm all set", 'not right now', 'not now', 'no not really', "i don't", "it isn't", "it doesn't", 'no it is not', "no it isn't", "no it doesn't", 'no i do not', "no i don't"),
    },
    { name: BUILT_IN_INTENTS.repeat, samples: [] },
    { name: BUILT_IN_INTENTS.startOver, samples: [] },
  ],
};
