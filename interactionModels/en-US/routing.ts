import type { Channel } from '../../lambda/domain/support/channel';
import { ROUTING_INTENTS as R, ROUTING_SLOTS as S, ROUTING_SLOT_TYPES as T, type SoonId } from '../../lambda/vocabulary/routing';
import { phrases, samples, slotType, type ModelFragment, type SlotWords } from '../model-types';

const channelWords: SlotWords<Channel> = {
  CHAT: {
    value: 'chat',
    synonyms: ['a chat', 'chat link', 'a chat link', 'the chat', 'online chat', 'live chat', 'text chat', 'chat with them', 'messaging', 'message', 'a message', 'message someone', 'message support', 'text', 'texting', 'text someone', 'chat with someone', 'chat with support', 'chat with an agent', 'chat online', 'text chat with support', 'chatting', 'typing', 'a text chat', 'the chat link', 'send a message', 'web chat'],
  },
  CALLBACK: {
    value: 'callback',
    synonyms: ['a callback', 'the callback', 'call back', 'a call back', 'phone call', 'a phone call', 'a call', 'call', 'phone', 'call me', 'the phone', 'a phone', 'phone me', 'ring me', 'a ring', 'talk on the phone', 'speak on the phone', 'calling', 'the call back option', 'the callback option', 'a call from them', 'someone calling me'],
  },
};

const soonWords: SlotWords<SoonId> = {
  ASAP: { value: 'as soon as possible', synonyms: ['asap', 'right away', 'straight away', 'now', 'right now', 'soon', 'first available', 'the first available time', 'earliest', 'the earliest time', 'whenever'] },
};

const c = `{${S.channel}}`;
const d = `{${S.date}}`;
const tm = `{${S.time}}`;
const soon = `{${S.soon}}`;
const p = `{${S.phone}}`;

/** Ways of asking to be called. */
const CALL_ME = ['call me back', 'call me', 'ring me', 'give me a call', 'give me a call back', 'phone me', 'have someone call me', 'have someone call me back', 'have them call me', 'get someone to call me'];
/** When, said after a request to be called. */
const WHEN = ['', d, tm, `at ${tm}`, `around ${tm}`, `${d} ${tm}`, `${d} at ${tm}`, `${d} around ${tm}`, `on ${d}`, `on ${d} at ${tm}`, soon, `${tm} ${d}`];
/** What customers call the callback. */
const CALLBACK = ['callback', 'call back', 'call', 'phone call', 'appointment'];

export const routingFragment: ModelFragment = {
  types: [slotType(T.channel, channelWords), slotType(T.soon, soonWords)],
  intents: [
    {
      name: R.chooseChannel,
      slots: [{ name: S.channel, type: T.channel }],
      samples: samples(
        c,
        `${c} please`,
        `a ${c} please`,
        `i'd like a ${c}`,
        `i would like a ${c}`,
        `i want a ${c}`,
        `i'll take a ${c}`,
        `i prefer a ${c}`,
        `let's do a ${c}`,
        `send me a ${c}`,
        `send me the ${c}`,
        `send the ${c}`,
        `the ${c} please`,
        `i'd rather have a ${c}`,
        `i'd like to ${c}`,
        phrases(['', 'i want', "i'd like", 'i prefer', "i'd prefer", "i'll take", 'can i have', 'can i get', 'give me', 'send me', 'just', 'maybe', "i'll go with", "let's do"], ['', 'a', 'the'], c, ['', 'please']),
        phrases(['', 'a', 'the'], c, ['is better', 'is fine', 'would be better', 'works better', 'works for me', 'sounds good']),
        phrases(['can i', 'could i', 'i want to', "i'd like to", "i'd rather", 'let me', 'i prefer to', 'i wanna', 'can we', "let's"], c, ['', 'please', 'instead']),
        phrases(['', 'by', 'over', 'through', 'via'], c, ['', 'please']),
        phrases(['is there a', 'do you have a', 'is there'], c, ['', 'option']),
      ),
    },
    {
      name: R.scheduleCallback,
      slots: [
        { name: S.date, type: 'AMAZON.DATE' },
        { name: S.time, type: 'AMAZON.TIME' },
        { name: S.soon, type: T.soon },
      ],
      samples: samples(
        'call me back',
        'please call me back',
        'have them call me',
        'have someone call me',
        'can someone call me',
        'can you call me back',
        'i want a call back',
        'schedule a callback',
        'book a callback',
        'arrange a callback',
        'request a callback',
        `call me back ${d}`,
        `call me ${d}`,
        `call me back at ${tm}`,
        `call me at ${tm}`,
        `call me ${tm}`,
        `call me back ${tm}`,
        `call me ${d} at ${tm}`,
        `call me back ${d} at ${tm}`,
        `call me ${soon}`,
        `call me back ${soon}`,
        `book a callback for ${d}`,
        `book a callback for ${d} at ${tm}`,
        `book a callback at ${tm}`,
        `schedule a callback for ${d} at ${tm}`,
        `schedule a callback for ${tm}`,
        `${d} at ${tm}`,
        `at ${tm}`,
        `${soon}`,
        `${soon} please`,
        `how about ${d}`,
        `how about ${tm}`,
        `how about ${d} at ${tm}`,
        phrases(['', 'please', 'can you', 'can someone', 'could someone'], CALL_ME, WHEN),
        phrases(['i want', "i'd like", 'i need', 'can i get', 'i would like', 'book me', 'schedule', 'book', 'set up'], 'a', ['callback', 'call back', 'call', 'phone call'], ['', d, `${d} ${tm}`, `for ${d}`, `at ${tm}`, `for ${tm}`, `for ${d} at ${tm}`]),
        phrases(['', 'how about', 'maybe', 'what about'], [d, tm, `${d} ${tm}`, `${d} at ${tm}`, `at ${tm}`, `on ${d}`, `around ${tm}`, `${tm} ${d}`], ['', 'please', 'works', 'is good', 'is fine']),
      ),
    },
    {
      name: R.givePhoneNumber,
      slots: [{ name: S.phone, type: 'AMAZON.PhoneNumber' }],
      samples: samples(
        `my number is ${p}`,
        `my phone number is ${p}`,
        `my mobile number is ${p}`,
        `my cell is ${p}`,
        `the number is ${p}`,
        `it's ${p}`,
        `use ${p}`,
        `call ${p}`,
        `you can reach me at ${p}`,
        `reach me at ${p}`,
        `call me on ${p}`,
        p,
        phrases(['', 'yeah', 'sure', 'okay'], ['my number is', 'my phone number is', 'my cell number is', 'my cell phone is', 'my mobile is', 'the number is', "it's", 'it is', 'try', 'use', 'call', 'you can call me at', 'call me at', 'they can call me at', 'reach me on'], p, ['', 'please', 'instead']),
      ),
    },
    {
      name: R.callbackStatus,
      samples: samples(
        'when is my callback',
        'when is my call back',
        'when are they calling me',
        'when will they call me',
        'when will the team call me',
        'what time is my callback',
        'check my callback',
        'is my callback booked',
        'do i have a callback',
        'callback status',
        'what about my callback',
        phrases(['when is', 'what time is', 'check on', 'tell me about', "what's happening with", 'any news on'], ['my', 'the'], CALLBACK),
        phrases('is', ['my', 'the'], CALLBACK.slice(0, 3), ['booked', 'still on', 'still happening', 'today', 'scheduled', 'confirmed']),
        phrases(['did you book', 'have you booked'], ['my', 'the', 'a'], CALLBACK.slice(0, 3)),
        phrases(['is someone', 'is somebody', 'are you', 'are they', 'is the team'], ['still calling me', 'calling me', 'going to call me', 'still going to call me'], ['', 'today', 'back']),
        phrases(['when', 'what time'], ['are you', 'are they', 'is someone'], ['calling me', 'calling me back', 'calling']),
        phrases(['when', 'what time'], ['will someone', 'will you', 'will they', 'will the team'], ['call me', 'call me back', 'call']),
        phrases(['when', 'what time'], ['am i getting a call', 'do i get a call', 'do i get my call', 'is my call']),
        phrases(['do i have', 'have i got', 'did i book'], 'a', CALLBACK.slice(0, 3), ['', 'booked', 'scheduled', 'coming']),
      ),
    },
    {
      name: R.moveCallback,
      slots: [
        { name: S.date, type: 'AMAZON.DATE' },
        { name: S.time, type: 'AMAZON.TIME' },
        { name: S.soon, type: T.soon },
      ],
      samples: samples(
        'move my callback',
        'reschedule my callback',
        'change my callback',
        'change the time of my callback',
        'change my callback time',
        `move my callback to ${tm}`,
        `move my callback to ${d}`,
        `move my callback to ${d} at ${tm}`,
        `move my call back to ${tm}`,
        `reschedule my callback to ${tm}`,
        `reschedule my callback for ${d}`,
        `reschedule my callback for ${d} at ${tm}`,
        `change my callback to ${tm}`,
        `change my callback to ${d} at ${tm}`,
        `move my callback to ${soon}`,
        `can you call me ${d} instead`,
        `call me ${tm} instead`,
        phrases(['', 'can you', 'i want to', "i'd like to", 'i need to', 'please', 'can i'], ['move', 'reschedule', 'change', 'push back'], ['my', 'the'], CALLBACK),
        phrases(['move', 'reschedule', 'change', 'can you move', 'push'], ['my', 'the'], CALLBACK.slice(0, 3), [`to ${tm}`, `to ${d}`, `to ${d} at ${tm}`, `to ${d} ${tm}`, `for ${d}`, `for ${tm}`, `to ${soon}`, 'to a different time', 'to another day', 'to later']),
        phrases(['can they call', 'can you call me', 'have them call', 'call me', 'can someone call me', 'could they call me', "let's do", 'make it', 'can we do'], [`at ${tm}`, d, `${d} at ${tm}`, `${d} ${tm}`, tm, `on ${d}`], 'instead'),
        phrases(['can i', 'can we', "i'd like to"], ['pick', 'have', 'change to'], ['a different time', 'another time', 'a different day', 'another day', 'a later time'], ['', 'for my callback', 'for the call']),
      ),
    },
    {
      name: R.cancelCallback,
      samples: samples(
        'cancel my callback',
        'cancel my call back',
        'cancel the callback',
        'cancel the call',
        'i don\'t need the callback',
        'i don\'t need the callback anymore',
        'don\'t call me',
        'please don\'t call me',
        'delete my callback',
        'remove my callback',
        phrases(['', 'please', 'can you', 'i want to', "i'd like to", 'i need to'], ['cancel', 'delete', 'call off'], ['my', 'the'], CALLBACK),
        phrases(["i don't need", 'i no longer need', "i don't want", "we don't need"], ['my', 'the', 'a'], CALLBACK.slice(0, 3), ['', 'anymore', 'after all']),
        phrases(['', 'please', 'you'], ["don't", 'no need to', "don't need to"], ['call me', 'call me back', 'bother calling me'], ['', 'anymore', 'after all']),
        phrases(['never mind', 'forget', 'scratch'], ['the', 'my'], CALLBACK.slice(0, 3)),
        phrases(['it got fixed', "it's fixed", "it's working now", 'i fixed it'], ['so', ''], ['cancel the call', 'cancel my callback', "i don't need the call", "i don't need the call anymore"]),
      ),
    },
  ],
};
