import type { Channel } from '../../lambda/domain/support/channel';
import { ROUTING_INTENTS as R, ROUTING_SLOTS as S, ROUTING_SLOT_TYPES as T, type SoonId } from '../../lambda/vocabulary/routing';
import { samples, slotType, type ModelFragment, type SlotWords } from '../model-types';

const channelWords: SlotWords<Channel> = {
  CHAT: { value: 'chat', synonyms: ['a chat', 'chat link', 'a chat link', 'the chat', 'online chat', 'live chat', 'text chat', 'chat with them', 'messaging'] },
  CALLBACK: { value: 'callback', synonyms: ['a callback', 'the callback', 'call back', 'a call back', 'phone call', 'a phone call', 'a call', 'call', 'phone', 'call me'] },
};

const soonWords: SlotWords<SoonId> = {
  ASAP: { value: 'as soon as possible', synonyms: ['asap', 'right away', 'straight away', 'now', 'right now', 'soon', 'first available', 'the first available time', 'earliest', 'the earliest time', 'whenever'] },
};

const c = `{${S.channel}}`;
const d = `{${S.date}}`;
const tm = `{${S.time}}`;
const soon = `{${S.soon}}`;
const p = `{${S.phone}}`;

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
      ),
    },
  ],
};
