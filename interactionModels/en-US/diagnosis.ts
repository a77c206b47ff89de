import { DIAGNOSIS_INTENTS, DIAGNOSIS_SLOTS, NAVIGATION_INTENTS, SYMPTOM_SLOT_TYPE } from '../../lambda/vocabulary/diagnosis';
import { SLOT_TYPES } from '../../lambda/vocabulary/support';
import { phrases, samples, slotType, withUncontracted, type ModelFragment } from '../model-types';
import { symptomWords } from './symptom-words';

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

/** "It worked", said of a step that fixed the device. */
const IT_WORKED = [
  'that did it', 'that worked', 'it worked', 'it works', 'it works now', 'it works again', "it's working", "it's working now", "it's working again", 'working again',
  'that fixed it', "it's fixed", 'fixed it', 'all good', 'all good now', "it's all good", "it's all good now", "it's fine now", 'that sorted it', 'problem solved',
  'it came back', 'it came back on', "it's back", "it's back on", 'it connected', "it's connected now", "it's on now", 'it turned on', "it's charging now",
  'that helped', 'that did the trick', "we're good",
];
/** "It didn't help", said of a step that changed nothing. */
const DID_NOT_HELP = [
  "that didn't help", "it didn't help", "that didn't work", "it didn't work", "didn't work", "didn't help", "that didn't fix it", "it didn't fix it", "didn't fix it",
  'that did not help', 'that did not work', 'it did not work', 'still not working', "it's still not working", "it still doesn't work", "still doesn't work",
  'it still does not work', 'still nothing', 'nothing', 'nothing happened', 'nothing changed', 'no change', 'still the same', "it's still the same", "it's exactly the same",
  'exactly the same', 'still broken', "it's still broken", 'same thing', 'same problem', "it's still doing it", "it's still doing the same thing", 'no luck',
  'not working', 'not fixed', "it's not fixed", "that didn't do anything", "it didn't change anything", "it's no better", 'no better',
];
/** "I already tried that", said of a step the customer did before. */
const ALREADY_TRIED = [
  'i already tried that', "i've already tried that", 'already tried that', 'already tried it', 'i already did that', 'already did that', "i've done that already",
  'done that already', 'i tried that already', 'tried that already', "i've tried that", 'tried that', 'been there done that', "i've already done that",
  'we already did that', 'we already did that step', 'i already did that step', 'we did that already', 'i did that already',
];
/** Fixes customers did before being asked ("i reset it this morning already"). */
const FIXES = ['reset it', 'restarted it', 'rebooted it', 'unplugged it', 'turned it off and on', 'charged it', 'updated it'];
/** Asking for a moment. */
const WAIT = [
  'wait', 'hang on', 'hold on', 'one sec', 'one second', 'one moment', 'just a sec', 'just a second', 'just a minute', 'wait a moment', 'wait a minute',
  'wait a second', 'hang on a sec', 'hang on a minute', 'hold on a second', 'give me a minute', 'give me a sec', 'give me a second', 'give me a moment',
  'give me a few minutes', 'bear with me', 'let me try that', 'let me try', 'let me do that', 'let me check', 'let me look', 'let me find it',
];
/** Back after a pause, or done with a step. */
const CARRY_ON = [
  "i'm back", "i'm back now", 'i am back', "i'm ready", 'ready', 'done', "i'm done", "i've done it", 'i did it', "i've done that", 'i did that',
  'what now', "what's next", 'what next', 'go on', 'go on then', 'carry on', "let's carry on", 'continue', "let's continue", 'keep going', "let's keep going",
  'resume', 'what do i do next', 'what do i do now', 'now what', "that's done", 'finished', "i'm finished",
];

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
        phrases(['', 'yes', 'yeah', 'yep', 'oh', 'okay', 'great', 'oh yeah'], IT_WORKED),
        phrases(IT_WORKED, ['thanks', 'thank you']),
        phrases(["the light's gone off", 'the light went off', "the light's off", 'the light stopped'], ['', "it's fine now", "it's working now", 'it works now']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.didNotHelp,
      samples: samples(
        phrases(['', 'no', 'nope', 'nah', 'sadly', 'unfortunately'], DID_NOT_HELP),
        phrases(['i did it', 'i tried it', 'i did that'], ['and nothing happened', 'and nothing changed', 'but nothing happened', "and it's still the same", "and it's still not working"]),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.alreadyTried,
      samples: samples(
        phrases(['', 'yeah', 'yes', 'i know', 'but'], ALREADY_TRIED),
        phrases(ALREADY_TRIED, ["it's been plugged in all night", 'twice', 'this morning', 'yesterday', "and it didn't work", "it didn't help"]),
        phrases(['i did that', 'i tried that', 'i did it', 'i tried it'], ['yesterday', 'this morning', 'last night', 'already', 'before', 'twice']),
        phrases(["i've already", 'i already'], FIXES, ['', 'twice', 'this morning', 'yesterday']),
        phrases(['i', "i've"], FIXES, ['already', 'twice', 'this morning', 'this morning already', 'yesterday', 'last night']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.wait,
      samples: samples(
        phrases(['', 'okay', 'ok', 'sure'], WAIT),
        phrases(WAIT.slice(0, 16), ['please', "i'm not near it", "i'm not by it", 'let me find the remote', 'let me find it', 'let me get it', 'let me check', 'while i do that', 'while i try']),
        phrases(['can you give me', 'could you give me', 'can i have', 'i need'], ['a minute', 'a few minutes', 'a second', 'a moment', 'a sec']),
      ),
    },
    {
      name: DIAGNOSIS_INTENTS.resume,
      samples: samples(
        phrases(['', 'okay', 'ok', 'right', 'alright', 'sorry', 'sorry about that'], CARRY_ON),
        phrases(['', 'okay', 'ok'], ["i'm back", "i'm back now", "i've done that", 'i did that', "i've done it", "that's done", 'done'], ["what's next", 'what now', 'now what', 'what do i do next']),
      ),
    },
    { name: NAVIGATION_INTENTS.previous, samples: phrases(['', 'go', 'can we go', 'take me'], ['back a step', 'back one step', 'back to the previous step', 'back to the last step', 'to the previous step', 'to the step before']) },
    {
      name: NAVIGATION_INTENTS.next,
      samples: phrases(['', "let's", 'can we', 'just'], ['skip that', 'skip that one', 'skip this one', 'skip this step', 'skip it', 'move on', 'move on to the next one', 'move on to the next step', 'next step', 'go to the next step']),
    },
  ],
};
