import { symptomWords } from '../../lambda/domain/diagnosis/knowledge';
import { DIAGNOSIS_INTENTS, DIAGNOSIS_SLOTS, NAVIGATION_INTENTS, SYMPTOM_SLOT_TYPE } from '../../lambda/vocabulary/diagnosis';
import { SLOT_TYPES } from '../../lambda/vocabulary/support';
import { phrases, samples, slotType, withUncontracted, type ModelFragment } from '../model-types';

const d = `{${DIAGNOSIS_SLOTS.device}}`;
const s = `{${DIAGNOSIS_SLOTS.symptom}}`;

/** The device named before the problem: "my echo", "the kitchen echo dot", "our kindle". */
const THE_DEVICE = [`my ${d}`, `the ${d}`, `our ${d}`];
/** Words between the device and the problem ("my kindle just won't charge"). */
const BETWEEN = ['', 'just', 'still', 'suddenly', 'now', 'really'];
/** Words after the problem ("it won't turn on at all"). */
const AFTER = ['', 'anymore', 'at all', 'again', 'all the time', 'every evening', 'this morning', 'today', 'at night', 'for some reason', 'randomly', 'over and over', 'every time'];
/** The part of a device a problem is in ("the sound on my echo is all crackly"). */
const PART = ['sound', 'audio', 'volume', 'screen', 'touch screen', 'display', 'picture', 'camera', 'app', 'battery', 'light', 'ring', 'ring on top', 'light on top', 'wifi', 'voice search', 'menus', 'menu', 'microphone', 'charger', 'speaker'];
/** How customers say a named part has failed ("the camera on my echo show isn't working"). */
const BROKEN = ["isn't working", 'is not working', "doesn't work", "won't work", 'stopped working', 'is broken', 'keeps dropping', 'keep dropping', "aren't working", 'are not working', "don't work"];
/** Apps and content a streaming problem is told with ("netflix keeps buffering on my fire stick"). */
const WATCHING = ['netflix', 'prime video', 'youtube', 'disney plus', 'hulu', 'the netflix app', 'the disney plus app', 'the prime video app', 'the youtube app', 'the app', 'every app', 'videos', 'shows', 'movies', 'music', 'spotify', 'live tv'];

/** A device problem told every way customers tell it: device first, problem first, the part, the app, or neither. */
const describingAProblem = samples(
  phrases(['', 'so', 'okay so'], THE_DEVICE, BETWEEN, s, ['', 'anymore', 'at all', 'again', 'all the time']),
  phrases(THE_DEVICE, s, AFTER.slice(5)),
  phrases(THE_DEVICE, ['is', 'has', 'keeps', "isn't", 'is not', 'has a', 'has an', 'is showing', 'keeps showing', 'shows', 'is just', 'is always'], s),
  phrases(['', "there's", 'so there\'s', 'i have', "i've got", "i'm getting"], s, ['on', 'with', 'from', 'coming out of'], ['my', 'the'], d, ['', "that won't go off", "that won't go away", "that won't stop"]),
  phrases('what does', ['the', 'a', 'that'], s, 'mean', ['', 'on my', 'on the'], ['', d]).filter((p) => p.endsWith(d) === /\bon (my|the) \{/.test(p)),
  phrases('the tv', ['says', 'shows', 'just says'], s, ['when i switch to', 'when i turn on', 'with'], ['my', 'the'], d),
  phrases(['my', 'the'], s, ['to', 'with', 'on'], ['my', 'the'], d),
  phrases(['my', 'the'], d, ['says', 'keeps saying', 'is saying'], s),
  phrases(['the', 'my'], s, ['on', 'of', 'in'], ['my', 'the'], d, BROKEN),
  phrases(['the', 'my', ''], s, BROKEN, ['', 'on my', 'on the'], ['', d]).filter((p) => p.endsWith(d) === /\bon (my|the) \{/.test(p)),
  phrases('the', PART, ['on', 'of', 'in'], ['my', 'the'], d, s),
  phrases(['my', 'the'], d, PART, s),
  phrases(['my', 'the'], PART, s),
  phrases(['', 'so', 'but'], ['i', 'we'], s, ['', 'on my', 'on the', 'to my', 'to the'], ['', d]).filter((p) => p.endsWith(d) === /\b(on|to) (my|the) \{/.test(p)),
  phrases(WATCHING, s, ['', 'on my', 'on the'], ['', d]).filter((p) => p.endsWith(d) === /\b(on my|on the)\b/.test(p)),
  phrases(['', 'so', 'okay so'], ['it', "it's", 'it just', 'it still', 'it keeps', "it's just", 'it is', 'this thing', "it's showing", 'it keeps showing', 'it says'], s, ['', 'anymore', 'at all', 'again', "and i don't know why"]),
  phrases(['', 'so'], ['i have a problem with', "i'm having trouble with", 'i need help with', 'i have an issue with', "there's a problem with"], ['', 'the', 'my'], s, ['', 'on my', 'on the', 'with my'], ['', d]).filter((p) => p.endsWith(d) === /\b(on|with) (my|the) \{/.test(p)),
);

/** Describing a problem, and answering the steps. The Symptom type is generated from the knowledge base. */
export const diagnosisFragment: ModelFragment = {
  types: [slotType(SYMPTOM_SLOT_TYPE, withUncontracted(symptomWords()))],
  intents: [
    {
      name: DIAGNOSIS_INTENTS.describeProblem,
      slots: [
        { name: DIAGNOSIS_SLOTS.device, type: SLOT_TYPES.device },
        { name: DIAGNOSIS_SLOTS.symptom, type: SYMPTOM_SLOT_TYPE },
      ],
      samples: samples(
        `my ${d} ${s}`,
        `the ${d} ${s}`,
        `my ${d} has ${s}`,
        `the ${d} has ${s}`,
        `my ${d} has a ${s}`,
        `my ${d} is ${s}`,
        `my ${d} keeps ${s}`,
        `my ${d} has a problem with ${s}`,
        `${s} on my ${d}`,
        `${s} on the ${d}`,
        `${s} with my ${d}`,
        `i have ${s} on my ${d}`,
        `i have a problem with ${s} on my ${d}`,
        `what does the ${s} on my ${d} mean`,
        `what does the ${s} mean`,
        `why is there a ${s} on my ${d}`,
        `the light is ${s}`,
        `the ring is ${s}`,
        describingAProblem,
        `the light on my ${d} is ${s}`,
        `my ${d} light is ${s}`,
        s,
        `it's ${s}`,
        `it ${s}`,
        `it has ${s}`,
        `it has a ${s}`,
        `there's ${s}`,
        `there's a ${s}`,
        `i have ${s}`,
        `i've got ${s}`,
        `i'm getting ${s}`,
        `i have a problem with ${s}`,
        `i need help with ${s}`,
        `help with ${s}`,
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.itWorked,
      samples: samples(
        'it worked', 'that worked', 'it works', 'it works now', "it's working", "it's working now", "it's working again",
        'that fixed it', 'that did it', 'that did the trick', "it's fixed", 'fixed', 'fixed it', 'all good', 'all good now',
        "it's fine now", 'that sorted it', 'problem solved', 'yes it worked', 'yes that worked', "yes it's working", 'yep that worked',
        phrases(['', 'yes', 'yeah', 'yep', 'yup', 'oh', 'okay', 'great', 'brilliant', 'perfect', 'awesome', 'nice'], ['that did it', 'that worked', 'it worked', "it's working", "it's working now", 'it works now', 'that fixed it', "it's fixed", 'all good', "it's fine now", 'that sorted it', 'it came back', "it's back", "it's back on", 'it connected', "it's connected now", "it's on now", 'it turned on', 'that was it', 'that helped', 'it helped', 'that did the trick', 'we are good', "we're good", 'working again', 'it works again'], ['', 'thanks', 'thank you']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.didNotHelp,
      samples: samples(
        "that didn't help", "it didn't help", "that didn't work", "it didn't work", "didn't work", "didn't help", 'still not working',
        "it's still not working", "it still doesn't work", 'still broken', "it's still broken", 'no luck', 'still the same',
        'nothing changed', 'no change', "it's still doing it", "no it didn't work", "no that didn't work", 'no still not working',
        'not fixed', "it's not fixed", "that didn't fix it", "it didn't fix it", 'that did not help', 'it did not help',
        'that did not work', 'it did not work', 'did not help', 'it still does not work', 'that did not fix it',
        phrases(['', 'no', 'nope', 'nah', 'sadly', 'unfortunately', 'no sorry'], ["that didn't help", "that didn't work", "it didn't work", "it didn't help", 'still not working', "it's still not working", "it still doesn't work", 'still nothing', 'nothing', 'nothing happened', 'no change', 'still the same', "it's still the same", 'still broken', "it's still broken", 'same thing', 'same problem', "it's still doing it", "it's still doing the same thing", 'no luck', 'not working', "still doesn't work", "didn't do anything", "that didn't do anything", "it didn't change anything", "it's no better", 'no better']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.alreadyTried,
      samples: samples(
        'i already tried that', "i've already tried that", 'already tried that', 'already tried it', 'i already did that',
        'already did that', "i've done that already", 'done that already', 'i tried that already', "i've tried that", 'tried that',
        'i tried that', 'we did that already', 'i did that before', "i've already done that",
        phrases(['', 'yeah', 'yes', 'i know', 'but'], ['i already tried that', "i've already tried that", 'i already did that', "i've done that already", 'i tried that already', "i've tried that", 'done that', 'tried that already', 'been there done that', "i've already done that"], ['', "it's been plugged in all night", "it's been plugged in for hours", "it's been charging all night", "i've done it twice", "i've done it a few times", 'twice', 'already', 'this morning', 'yesterday', 'it did not work', "and it didn't work", "it didn't help"]),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.wait,
      samples: samples(
        'wait', 'hold on', 'hang on', 'one moment', 'one second', 'just a second', 'just a minute', 'give me a minute',
        'give me a second', 'give me a moment', 'wait a minute', 'wait a second', 'hold on a second', 'hang on a minute',
        'let me try that', 'let me try', 'i need a minute',
        phrases(['', 'okay', 'ok', 'sure'], ['hang on', 'hold on', 'wait', 'one sec', 'one second', 'just a sec', 'just a second', 'just a minute', 'give me a sec', 'give me a second', 'give me a minute', 'give me a moment', 'let me try that', 'let me do that', 'let me check', 'let me go and check', 'let me look', 'let me find it', 'bear with me'], ['', 'please', 'a sec', 'a moment', 'while i do that', 'while i try']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.resume,
      samples: samples(
        'continue', "let's continue", 'carry on', "let's carry on", "i'm ready", 'ready', "okay i'm ready", "i'm back", 'go on',
        'keep going', 'resume', "i'm done", 'done', 'okay done', 'i did it', "i've done it", "i've done that", 'okay what now',
        phrases(['', 'okay', 'ok', 'right', 'alright', 'all right'], ["i'm back", 'i am back', "i'm ready", 'ready', 'done', "i've done it", 'i did it', "i've done that", 'i did that', 'what now', "what's next", 'what next', 'go on', 'carry on', 'continue', "let's continue", "let's keep going", 'keep going', 'what do i do next', 'what do i do now', 'now what', "that's done", 'finished', "i'm finished"]),
      ),
    },
    { name: NAVIGATION_INTENTS.previous, samples: samples('go back a step', 'previous step', 'back one step', 'the step before', 'go back to the last step') },
    { name: NAVIGATION_INTENTS.next, samples: samples('skip that', 'skip this step', 'skip this one', 'skip it', 'next step', "let's skip it") },
  ],
};
