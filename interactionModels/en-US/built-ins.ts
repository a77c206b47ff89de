import { BUILT_IN_INTENTS } from '../../lambda/vocabulary/support';
import type { ModelFragment } from '../model-types';

/** Amazon's built-in intents: no samples of our own needed, except words customers use for them. */
export const builtInsFragment: ModelFragment = {
  intents: [
    { name: BUILT_IN_INTENTS.help, samples: ['what can you do', 'what can i say', 'how does this work'] },
    { name: BUILT_IN_INTENTS.stop, samples: [] },
    { name: BUILT_IN_INTENTS.cancel, samples: ['never mind', 'nevermind'] },
    { name: BUILT_IN_INTENTS.navigateHome, samples: [] },
    { name: BUILT_IN_INTENTS.fallback, samples: [] },
    { name: BUILT_IN_INTENTS.yes, samples: [] },
    { name: BUILT_IN_INTENTS.no, samples: [] },
    { name: BUILT_IN_INTENTS.repeat, samples: [] },
    { name: BUILT_IN_INTENTS.startOver, samples: [] },
  ],
};
