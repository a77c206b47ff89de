import type { Channel } from '../../lambda/domain/support/channel';
import { ROUTING_INTENTS as R, ROUTING_SLOTS as S, ROUTING_SLOT_TYPES as T, type SoonId } from '../../lambda/vocabulary/routing';
import { phrases, samples, slotType, type ModelFragment, type SlotWords } from '../model-types';

const channelWords: SlotWords<Channel> = {
  CHAT: {
    value: 'chat',
    synonyms: [
      'a chat', 'chat link', 'a chat link', 'the chat', 'online chat', 'live chat', 'text chat', 'chat with them', 'messaging', 'message', 'a message',
      'message someone', 'message support', 'text', 'texting', 'text someone', 'chat with someone', 'chat with support', 'chat with an agent', 'chat online',
      'text chat with support', 'chatting', 'typing', 'a text chat', 'the chat link', 'send a message', 'web chat', 'chat option', 'the chat option',
      'chat one', 'the chat one', 'the online chat', 'the live chat', 'instant message', 'the messaging option',
    ],
  },
  CALLBACK: {
    value: 'callback',
    synonyms: [
      'a callback', 'the callback', 'call back', 'a call back', 'phone call', 'a phone call', 'the phone call', 'a call', 'the call', 'call', 'phone', 'call me',
      'the phone', 'a phone', 'phone me', 'ring me', 'a ring', 'talk on the phone', 'speak on the phone', 'calling', 'the call back option',
      'the callback option', 'callback option', 'a call from them', 'someone calling me', 'the phone option', 'phone option', 'the phone one',
      'the call one', 'over the phone', 'by phone', 'a phone call back',
    ],
  },
};

const soonWords: SlotWords<SoonId> = {
  ASAP: {
    value: 'as soon as possible',
    synonyms: [
      'asap', 'a s a p', 'right away', 'straight away', 'now', 'right now', 'soon', 'first available', 'the first available time', 'earliest',
      'the earliest time', 'whenever', 'immediately', 'as soon as you can', 'as soon as they can', 'as soon as someone can', 'as early as possible',
      'the sooner the better', 'any time now', 'today if possible', 'urgently',
    ],
  },
};

const c = `{${S.channel}}`;
const d = `{${S.date}}`;
const tm = `{${S.time}}`;
const soon = `{${S.soon}}`;
const p = `{${S.phone}}`;

/** Who the customer asks to call them ("have somebody", "i'd like them to"). */
const WHO = ['', 'can someone', 'can they', 'have someone', 'please have someone', 'have somebody', 'have them', 'get them to', 'i need someone to', 'i want them to', "i'd like them to"];
/** Ways of asking to be called. */
const CALL_ME = ['call me', 'call me back', 'phone me', 'give me a ring'];
/** When, said after a request to be called; "as soon as possible" before a date, so "now" is the soon word. */
const WHEN = [soon, d, `on ${d}`, tm, `at ${tm}`, `${d} at ${tm}`, `${d} ${tm}`];
/** Every way of saying when ("call me back in the evening tomorrow", "at noon tomorrow"). */
const ANY_WHEN = [...WHEN, `on ${d} ${tm}`, `on ${d} at ${tm}`, `around ${tm}`, `${d} around ${tm}`, `${tm} ${d}`, `at ${tm} ${d}`];
/** What customers call the callback. */
const CALLBACK = ['callback', 'call back', 'call', 'phone call', 'scheduled call', 'callback request'];
/** The callback, named. */
const MY_CALLBACK = phrases(['my', 'the'], CALLBACK);
/** What customers say a channel is ("messaging is better for me"). */
const CHANNEL_IS = ['is better', 'is better for me', 'is fine', 'is easier', 'is best', 'would be better', 'would be best', 'would be easier', 'works better', 'works for me', 'sounds good'];

export const routingFragment: ModelFragment = {
  types: [slotType(T.channel, channelWords), slotType(T.soon, soonWords)],
  intents: [
    {
      name: R.chooseChannel,
      slots: [{ name: S.channel, type: T.channel }],
      samples: samples(
        phrases(['', 'i want', "i'd like", 'i prefer', "i'd prefer", "i'll take", 'can i have', 'can i get', 'give me', 'send me', 'just', 'maybe', "i'll go with", "let's go with", "let's do", 'i would like', "i'd rather have"], ['', 'a', 'the'], c, ['', 'please', 'instead']),
        phrases(['', 'a', 'the'], c, CHANNEL_IS),
        phrases(['can i', 'could i', 'i want to', "i'd like to", "i'd rather", 'let me', 'i prefer to', 'i wanna', 'can we', "let's"], c, ['', 'please', 'instead']),
        phrases(['by', 'over', 'through', 'via'], c, ['', 'please']),
        phrases(['is there a', 'do you have a', 'is there'], c, ['', 'option']),
        phrases(['send me', 'send', 'text me'], ['a', 'the'], c, ['to my phone', 'please']),
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
        phrases(['', 'please', 'yeah', 'can you'], ['call me', 'call me back'], ANY_WHEN),
        phrases(['call me', 'call me back'], ANY_WHEN, 'please'),
        phrases(WHO, CALL_ME, ['', ...WHEN]),
        phrases(['', 'please', 'can you'], ['ring me', 'ring me back'], ['', ...WHEN]),
        phrases(['can you', 'could you', ''], ['arrange for someone to', 'get someone to', 'ask someone to'], ['call me', 'call me back']),
        phrases(['i want', "i'd like", 'can i get', 'could i get', 'book me', 'can you schedule'], 'a', ['callback', 'call back', 'call'], ['', d, `${d} ${tm}`, `for ${d}`, `for ${tm}`, `at ${tm}`, `on ${d}`, `on ${d} ${tm}`, `at ${tm} ${d}`, `for the ${tm}`, `sometime ${d}`, `please at ${tm}`, `for ${d} at ${tm}`]),
        phrases(['schedule', 'book', 'arrange', 'request', 'set up'], 'a', ['callback', 'call back'], ['', `for ${d}`, `for ${tm}`, `for ${d} at ${tm}`]),
        phrases(['', 'how about', 'what about', 'maybe'], [...ANY_WHEN, `any time ${d}`, `sometime ${d}`]),
        phrases(ANY_WHEN, ['please', 'works', 'is fine']),
      ),
    },
    {
      name: R.givePhoneNumber,
      slots: [{ name: S.phone, type: 'AMAZON.PhoneNumber' }],
      samples: samples(
        phrases(
          ['', 'yeah', 'sure', 'okay', 'please'],
          [
            '', 'my number is', 'my phone number is', 'my cell number is', 'my cell is', 'my cell phone is', 'my mobile is', 'my mobile number is',
            'my home phone is', 'my home number is', 'my work number is', 'the number is', 'the number to call is', 'the best number is',
            'the best number to call is', "it's", 'it is', 'try', 'use', 'use my work number', 'use my cell', 'use my home number', 'call',
            'you can call me at', 'you can call me on', 'call me at', 'call me on', 'they can call me at', 'you can reach me at', 'you can reach me on', 'reach me on',
          ],
          p,
        ),
        phrases(p, ["that's my cell", "that's my number", "that's my mobile", "that's my home number", "that's my work number", 'instead']),
      ),
    },
    {
      name: R.callbackStatus,
      samples: samples(
        'callback status', 'do i have a callback',
        phrases(['when is', "when's", 'what time is', 'check', 'check on', 'tell me about', "what's happening with", 'any news on', 'what about'], MY_CALLBACK),
        phrases(['check', 'check on'], MY_CALLBACK, 'please'),
        phrases('is', MY_CALLBACK, ['booked', 'still on', 'still happening', 'today', 'scheduled', 'confirmed']),
        phrases(['did', 'has'], MY_CALLBACK.slice(0, 4), ['get scheduled', 'get booked', 'been booked', 'been scheduled', 'go through']),
        phrases(['did you book', 'have you booked'], ['my', 'the', 'a'], CALLBACK.slice(0, 3)),
        phrases(['is someone', 'is somebody', 'are you', 'are they', 'is the team'], ['still calling me', 'calling me', 'going to call me', 'still going to call me'], ['', 'today', 'back']),
        phrases(['when', 'what time'], ['are you', 'are they', 'is someone'], ['calling me', 'calling me back', 'calling', 'ringing me', 'phoning me']),
        phrases(['when', 'what time'], ['will someone', 'will you', 'will they', 'will the team'], ['call me', 'call me back', 'call', 'ring me']),
        phrases(['when', 'what time'], ['am i getting a call', 'do i get a call', 'do i get my call', 'is my call']),
        phrases(['remind me', 'tell me', 'remind me again'], ['when', 'what time'], ["they're calling", "they're calling me", "you're calling me", 'the call is', 'my callback is']),
        phrases(['do i have', 'have i got', 'did i book'], 'a', CALLBACK.slice(0, 3), ['', 'booked', 'scheduled', 'coming']),
        phrases(["i'm still waiting for", 'still waiting for', 'nobody has called me yet', "nobody's called me yet", "no one has called me yet", "they haven't called me yet", "i'm still waiting for the call"], ['', 'the call', 'my callback'], ['', 'is it still happening', 'is it still coming', 'is it still on', 'are they still calling']),
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
        phrases(['', 'can you', 'i want to', 'i need to', 'can i'], ['move', 'reschedule', 'change', 'change the time of'], ['my callback', 'my call back', 'my call', 'the callback', 'the call', 'the call back']),
        phrases(['', 'can you', 'i need to'], ['move', 'reschedule', 'push'], ['my callback', 'the call', 'it'], [`to ${tm}`, `to the ${tm}`, `to ${d}`, `to ${d} at ${tm}`, `to ${d} ${tm}`, `for ${d}`, `for ${d} at ${tm}`, `to ${soon}`, `to later ${d}`, 'to a different time', 'to later']),
        phrases(['push', 'move'], ['it', 'my callback', 'the call'], 'back', ['', 'an hour', 'a bit', 'half an hour', 'a day']),
        phrases(['', 'actually'], ['can they call', 'can you call me', 'have them call', 'call me', 'can someone call me', 'could they call me', 'can they call me', "let's do", 'make it', 'can we do', 'can we do the callback', "let's do the call", 'can you do the call'], [`at ${tm}`, d, `${d} at ${tm}`, `${d} ${tm}`, tm, `on ${d}`, soon], 'instead'),
        phrases(['', 'actually'], ['can they call me', 'can you call me', 'call me', 'can someone call me'], ['sooner', 'earlier', 'later'], ['', soon, `like ${soon}`, 'instead']),
        phrases(['can i', 'can we', "i'd like to"], ['pick', 'have', 'change to'], ['a different time', 'another time', 'a different day', 'another day', 'a later time']),
      ),
    },
    {
      name: R.cancelCallback,
      samples: samples(
        phrases(['', 'please', 'can you', 'you can', 'i want to'], ['cancel', 'call off', 'scrap', 'drop', 'delete'], MY_CALLBACK),
        phrases(["i don't need", 'i no longer need', "i don't want", "we don't need"], ['my', 'the', 'a'], CALLBACK.slice(0, 3), ['', 'anymore', 'after all']),
        phrases(['', 'please', 'you', 'they'], ["don't", "don't need to"], ['call me', 'call me back', 'ring me'], ['', 'anymore']),
        phrases(['no need to', 'tell them not to', 'tell them not to bother to'], ['call', 'call me', 'ring me', 'call me back'], ['', 'anymore']),
        phrases(['never mind', 'forget', 'forget about', 'scratch'], ['the', 'my'], CALLBACK.slice(0, 4)),
        phrases(['it got fixed', "it's fixed", "it's working now", 'i fixed it', 'i fixed it myself'], ['so', ''], ['cancel the call', 'you can cancel the call', 'cancel my callback', "i don't need the call", "i don't need the call anymore"]),
      ),
    },
  ],
};
