import { OTHER_DEVICE, SLOT_TYPES, SUPPORT_INTENTS, SUPPORT_SLOTS, type DeviceKind, type SupportTopic } from '../../lambda/vocabulary/support';
import { phrases, samples, slotType, type ModelFragment, type SlotWords } from '../model-types';
import { ASKING, OPENERS, WANTING, WANTING_THING } from './carriers';

const deviceWords: SlotWords<DeviceKind | typeof OTHER_DEVICE> = {
  ECHO: {
    value: 'echo',
    synonyms: ['echo dot', 'dot', 'echo pop', 'echo studio', 'echo speaker', 'smart speaker', 'alexa speaker', 'speaker', 'alexa device', 'kitchen echo dot', 'echo in the kitchen'],
  },
  ECHO_SHOW: {
    value: 'echo show',
    synonyms: ['show', 'echo show eight', 'echo show five', 'smart display', 'alexa screen', 'bedroom echo show', 'echo show in the bedroom'],
  },
  FIRE_TV: {
    value: 'fire tv',
    synonyms: ['fire tv stick', 'fire stick', 'firestick', 'fire tv cube', 'fire tv remote', 'tv stick', 'streaming stick', 'fire tv in the living room', 'living room fire tv', 'tv'],
  },
  KINDLE: {
    value: 'kindle',
    synonyms: ['kindle paperwhite', 'paperwhite', 'kindle oasis', 'kindle scribe', 'e reader', 'ereader', 'e book reader', 'kindle reader'],
  },
  // Named so the desk can say what it does support instead of missing the words.
  [OTHER_DEVICE]: {
    value: 'other device',
    synonyms: ['phone', 'iphone', 'cell phone', 'toaster', 'laptop', 'computer', 'tablet', 'fire tablet', 'printer', 'router', 'doorbell', 'camera', 'smart watch', 'watch', 'car', 'microwave', 'fridge', 'washing machine', 'headphones'],
  },
};

const topicWords: SlotWords<SupportTopic> = {
  ORDER: { value: 'order', synonyms: ['orders', 'package', 'parcel', 'delivery', 'shipment', 'my stuff', 'purchase', 'tracking'] },
  DEVICE: { value: 'device', synonyms: ['devices', 'gadget', 'hardware', 'device problem'] },
  ACCOUNT: { value: 'account', synonyms: ['password', 'sign in', 'login', 'log in', 'account settings', 'email address'] },
  PAYMENT: { value: 'payment', synonyms: ['payments', 'card', 'credit card', 'charge', 'billing', 'bill', 'gift card'] },
  PRIME: { value: 'prime', synonyms: ['prime membership', 'membership', 'subscription'] },
  RETURN: { value: 'return', synonyms: ['returns', 'refund', 'refunds', 'exchange', 'replacement'] },
};

const d = `{${SUPPORT_SLOTS.device}}`;
const t = `{${SUPPORT_SLOTS.topic}}`;

/** What customers call the desk. */
const DESK = ['customer support', 'customer service', 'support', 'tech support', 'technical support', 'customer care', 'the help desk', 'someone from support'];
/** Verbs for reaching the desk or a person. */
const REACH = ['talk to', 'speak to', 'speak with', 'contact', 'get hold of'];
/** Imperatives that hand the customer over. */
const CONNECT = ['get me', 'connect me to', 'connect me with', 'put me through to', 'transfer me to'];
/** What customers call a person. */
const PERSON = ['an agent', 'a person', 'a real person', 'a human', 'a representative', 'a live agent', 'someone', 'somebody', 'an actual person', 'a customer service agent'];

/** The support entry, said the ways customers say it. */
const reachingSupport = samples(
  phrases(WANTING, REACH, DESK.slice(0, 4)),
  phrases(ASKING, CONNECT, DESK.slice(0, 4)),
  phrases(WANTING_THING, DESK, ['', 'please']),
  phrases(OPENERS.slice(1), DESK.slice(0, 3), ['', 'please']),
  phrases(['i need', 'i want', "i'd like", 'i need some', 'can i get some', 'i could use some'], ['help', 'support', 'assistance'], ['', 'please', 'with something']),
);

/** Asking for a person. */
const reachingAPerson = samples(
  phrases(['', 'i want', 'i need', "i'd like", 'can i get', 'get me'], PERSON, ['', 'please']),
  phrases(WANTING, REACH.slice(0, 3), PERSON),
  phrases(ASKING, CONNECT, PERSON.slice(0, 6)),
);

export const supportFragment: ModelFragment = {
  types: [slotType(SLOT_TYPES.device, deviceWords), slotType(SLOT_TYPES.topic, topicWords)],
  intents: [
    {
      name: SUPPORT_INTENTS.support,
      slots: [
        { name: SUPPORT_SLOTS.device, type: SLOT_TYPES.device },
        { name: SUPPORT_SLOTS.topic, type: SLOT_TYPES.topic },
      ],
      samples: samples(
        'i want to talk to customer support',
        'i want to talk to customer service',
        'i would like to talk to customer support',
        'customer support',
        'customer service',
        'contact support',
        'contact customer support',
        'support',
        'tech support',
        'technical support',
        'i need support',
        'i need help',
        'i need some help',
        'help me',
        'i have a problem',
        'i have an issue',
        'something is wrong',
        `i have a problem with my ${d}`,
        `i have an issue with my ${d}`,
        `i need help with my ${d}`,
        `help me with my ${d}`,
        `my ${d} is not working`,
        `my ${d} isn't working`,
        `my ${d} is broken`,
        `my ${d} stopped working`,
        `something is wrong with my ${d}`,
        `there's a problem with my ${d}`,
        `fix my ${d}`,
        `support for my ${d}`,
        `${d} support`,
        `it's my ${d}`,
        `it's the ${d}`,
        `my ${d}`,
        `the ${d}`,
        `a ${d}`,
        `an ${d}`,
        d,
        `i have a problem with my ${t}`,
        `i need help with my ${t}`,
        `i have a question about my ${t}`,
        `i have a question about a ${t}`,
        `it's about my ${t}`,
        `it's about a ${t}`,
        `it's about an ${t}`,
        `about my ${t}`,
        `about a ${t}`,
        `a ${t}`,
        `an ${t}`,
        `my ${t}`,
        t,
        `i need help with a ${t}`,
        `${t} help`,
        `${t} support`,
        `i have a ${t} problem with my ${d}`,
        `i need ${t} help`,
        reachingSupport,
        phrases(['', 'i need', 'i want', 'i need some', 'can i get'], ['help with', 'support for', 'help for'], ['my', 'the', 'our'], d, ['', 'please']),
        phrases(['something is wrong with', "there's something wrong with", "something's wrong with", "there's a problem with", 'i have a problem with', "i've got a problem with", "i'm having trouble with", "i'm having problems with", "i'm having issues with", 'i have an issue with', 'having trouble with', 'problems with', 'trouble with'], ['my', 'the', 'our'], d),
        phrases(['my', 'the', 'our'], d, ["isn't working", 'is not working', "doesn't work", 'does not work', 'is broken', "won't work", 'stopped working', 'is acting up', 'is playing up', 'is acting weird', 'is messed up', 'has a problem', 'has an issue', 'needs fixing']),
        phrases(['i have a question about', 'i have a problem with', 'i need help with', "it's about", 'this is about', "i'm calling about", 'i have a question about an', 'i have an'], ['my', 'an', 'a'], t),
      ),
    },
    {
      name: SUPPORT_INTENTS.talkToAgent,
      samples: samples(
        'agent',
        'an agent',
        'talk to an agent',
        'speak to an agent',
        'speak with an agent',
        'i want an agent',
        'i want to talk to an agent',
        'live agent',
        'a person',
        'a real person',
        'talk to a person',
        'speak to a person',
        'i want to talk to a person',
        'i want to speak to someone',
        'let me talk to someone',
        'can i talk to someone',
        'a human',
        'talk to a human',
        'get me a human',
        'representative',
        'a representative',
        'talk to a representative',
        'customer service representative',
        'operator',
        'connect me to a person',
        'connect me to an agent',
        'transfer me to an agent',
        reachingAPerson,
      ),
    },
  ],
};
