import { OTHER_DEVICE, SLOT_TYPES, SUPPORT_INTENTS, SUPPORT_SLOTS, type DeviceKind, type SupportTopic } from '../../lambda/vocabulary/support';
import { phrases, samples, slotType, withPossessives, type ModelFragment, type SlotWords } from '../model-types';
import { ASKING, OPENERS, WANTING, WANTING_THING } from './carriers';

const deviceWords: SlotWords<DeviceKind | typeof OTHER_DEVICE> = {
  ECHO: {
    value: 'echo',
    synonyms: ['echo dot', 'dot', 'echo pop', 'echo studio', 'echo speaker', 'smart speaker', 'alexa speaker', 'speaker', 'alexa device', 'alexa', 'kitchen echo dot', 'echo in the kitchen', 'dot in the kitchen', 'alexa in the kitchen', 'kitchen echo', 'kitchen dot', 'one in the kitchen', 'echo dot in the kitchen'],
  },
  ECHO_SHOW: {
    value: 'echo show',
    synonyms: ['show', 'echo show eight', 'echo show five', 'smart display', 'alexa screen', 'bedroom echo show', 'echo show in the bedroom', 'show in the bedroom', 'screen one', 'screen one in the bedroom', 'one with the screen', 'alexa with the screen', 'bedroom show', 'one in the bedroom'],
  },
  FIRE_TV: {
    value: 'fire tv',
    synonyms: ['fire tv stick', 'fire stick', 'firestick', 'fire tv cube', 'cube', 'tv stick', 'streaming stick', 'fire tv in the living room', 'living room fire tv', 'tv', 'fire tv stick four k', 'fire tv stick 4k', 'fire tv in the lounge', 'stick'],
  },
  KINDLE: {
    value: 'kindle',
    synonyms: ['kindle paperwhite', 'paperwhite', 'kindle oasis', 'kindle scribe', 'e reader', 'ereader', 'e book reader', 'kindle reader', "alex's kindle", 'reader', 'e-reader'],
  },
  // Named so the desk can say what it does support instead of missing the words.
  [OTHER_DEVICE]: {
    value: 'other device',
    synonyms: ['phone', 'iphone', 'cell phone', 'toaster', 'laptop', 'computer', 'tablet', 'fire tablet', 'printer', 'router', 'doorbell', 'camera', 'smart watch', 'watch', 'car', 'microwave', 'fridge', 'washing machine', 'headphones'],
  },
};

const topicWords: SlotWords<SupportTopic> = {
  ORDER: { value: 'order', synonyms: ['orders', 'package', 'parcel', 'delivery', 'shipment', 'my stuff', 'purchase', 'tracking', 'order problem', 'an order'] },
  DEVICE: { value: 'device', synonyms: ['devices', 'gadget', 'hardware', 'device problem', 'device issue', 'a device', 'one of my devices'] },
  ACCOUNT: { value: 'account', synonyms: ['password', 'sign in', 'login', 'log in', 'account settings', 'email address', 'my account', 'account details', 'address book', 'two step verification'] },
  PAYMENT: { value: 'payment', synonyms: ['payments', 'card', 'credit card', 'charge', 'billing', 'bill', 'gift card', 'payment method', "charge i don't recognise", "charge i don't recognize", 'strange charge', 'charge on my card', 'double charge', 'billing question', 'refund to my card'] },
  PRIME: { value: 'prime', synonyms: ['prime membership', 'membership', 'subscription', 'prime benefits', 'prime video subscription', 'my prime', 'amazon prime', 'prime trial'] },
  RETURN: { value: 'return', synonyms: ['returns', 'refund', 'refunds', 'exchange', 'replacement', 'make a return', 'return something', 'return an item', 'send an item back', 'send something back', 'send it back', 'get a refund', 'get my money back', 'return label'] },
};

const d = `{${SUPPORT_SLOTS.device}}`;
const t = `{${SUPPORT_SLOTS.topic}}`;

/** What customers call the desk. */
const DESK = ['customer support', 'customer service', 'support', 'tech support', 'the help desk', 'customer care', 'technical support', 'help desk', 'the help line', 'someone from support'];
/** Verbs for reaching the desk or a person. */
const REACH = ['talk to', 'speak to', 'contact', 'speak with', 'get hold of'];
/** Imperatives that hand the customer over. */
const CONNECT = ['get me', 'connect me to', 'connect me with', 'put me through to', 'transfer me to'];
/** What customers call a person. */
const PERSON = ['an agent', 'a person', 'a real person', 'a human', 'a real human', 'a representative', 'a live agent', 'someone', 'somebody', 'an actual person', 'a customer service agent', 'someone who can help', 'someone who can actually help', 'someone on the device team', 'someone from the device team', 'the device team'];

/** The support entry, said the ways customers say it. */
const reachingSupport = samples(
  phrases(WANTING, REACH.slice(0, 3), DESK.slice(0, 4)),
  phrases(ASKING, CONNECT, DESK.slice(0, 5)),
  phrases(WANTING_THING, DESK.slice(0, 6), ['', 'please']),
  phrases(OPENERS.slice(1), DESK.slice(0, 3), ['', 'please']),
  phrases(["i've got a question for", 'i have a question for', 'a question for', 'i need to ask'], DESK.slice(0, 4)),
  phrases(['', 'can you', 'i want to', "i'd like to"], ['open', 'raise', 'log'], ['a support request', 'a support ticket', 'a ticket', 'a case'], ['', 'please']),
  phrases(['', 'hi', 'yeah', 'hi yeah', 'so'], ['i have a problem', "i'm having an issue", "i'm having a problem", 'i have an issue', "i've got a problem", "i've got an issue", "i'm having trouble", 'i need some help', 'i need help', 'something is wrong', "something's wrong", 'something is not working', "something isn't working", 'i have a question'], ['', 'can you help']),
  phrases(['i need', 'i want', "i'd like", 'i need some', 'can i get some', 'i could use some'], ['help', 'support', 'assistance'], ['', 'please', 'with something']),
);

/** Asking for a person. */
const reachingAPerson = samples(
  phrases(['', 'i want', 'i need', "i'd like", 'can i get', 'get me', 'no', 'just'], PERSON.slice(0, 10), ['', 'please']),
  'human please', 'human', 'person please', 'people', 'a person not a robot',
  phrases(['is there', 'is there not'], PERSON.slice(0, 11), ['i can talk to', 'i can speak to', 'i can speak with', 'there', 'available']),
  phrases('no', ['i want to', "i'd like to"], REACH.slice(0, 3), PERSON.slice(0, 9)),
  phrases(WANTING, REACH.slice(0, 4), PERSON.slice(0, 10)),
  phrases(['', 'can you', 'could you'], CONNECT, PERSON.slice(0, 10), ['', 'please']),
  phrases(['get me', 'i want', 'i need', 'put me through to', 'connect me with', 'i want to speak to', 'i want to talk to', "i'd like to speak to"], PERSON.slice(10)),
);

export const supportFragment: ModelFragment = {
  types: [slotType(SLOT_TYPES.device, withPossessives(deviceWords)), slotType(SLOT_TYPES.topic, topicWords)],
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
        `i need ${t} support`,
        reachingSupport,
        phrases(["it's", 'it is', "it's about", 'this is', 'just'], ['a', 'an'], t, ['problem', 'issue', 'question', 'thing']),
        phrases(["it's to do with", 'it has to do with', "it's related to", 'it concerns'], ['a', 'an', 'my'], t),
        phrases(["something's wrong with", 'something is wrong with', "there's a problem with", "there's something wrong with"], ['my', 'the'], t),
        phrases(["i can't get into", "i can't log into", "i can't sign into", "i'm locked out of", 'i need to change', 'i want to change something on', "i'd like to update"], ['my', 'the'], t),
        phrases(["there's a", 'there is a', 'i have a', "i've got a", 'i see a'], t, ['', 'on my account', 'on my card', 'on my statement']),
        phrases(['i want to', "i'd like to", 'i need to', 'how do i', 'can i', 'help me'], ['cancel', 'change', 'manage', 'end', 'stop', 'renew', 'sign up for', 'join'], ['', 'my'], t),
        phrases(['i want to', "i'd like to", 'i need to', 'how do i', 'can i', 'help me'], t),
        phrases(["it's about", 'this is about', "i'm calling about", 'can you help me with', 'could you help me with', 'help me with', 'i need help with', "i've got an issue with", "i've got a problem with", 'i have an issue with', "something's wrong with", 'something is wrong with', 'i need support for', 'i have a question about'], ['my', 'the', 'our'], d),
        phrases(["it's about", 'this is about', 'about'], d),
        phrases(WANTING_THING.slice(1, 5), ['a', 'an', ''], t),
        phrases(['my', 'the'], d, ["'s", ''], ['acting up', 'playing up', 'not working', 'broken', 'acting weird', 'messed up']).filter((p) => !p.includes(" 's")),
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
