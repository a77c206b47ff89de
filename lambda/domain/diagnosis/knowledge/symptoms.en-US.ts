import type { SymptomId } from '../../../vocabulary/diagnosis';

/**
 * How customers say each symptom in en-US, as predicates ("my echo isn't responding") and as nouns
 * ("no picture", "the remote doesn't work"). The Symptom slot type of the interaction model is built from this.
 */
export const symptomWordsEnUS: Record<SymptomId, { value: string; synonyms: string[] }> = {
  NOT_RESPONDING: {
    value: 'not responding',
    synonyms: ["isn't responding", 'is not responding', "won't respond", "doesn't respond", "won't wake up", "doesn't wake up", "doesn't hear me", "isn't listening", 'ignores me', 'not waking up', 'unresponsive', 'not answering'],
  },
  WONT_TURN_ON: {
    value: "won't turn on",
    synonyms: ["doesn't turn on", 'will not turn on', "won't power on", 'is dead', 'no power', 'dead'],
  },
  OFFLINE: {
    value: 'offline',
    synonyms: ['is offline', 'wifi', 'wi-fi', 'wifi problem', "won't connect to wifi", "can't connect to wifi", "isn't connecting to the internet", 'keeps disconnecting', 'no internet', 'wifi keeps dropping', 'internet connection'],
  },
  NOT_UNDERSTANDING: {
    value: "doesn't understand me",
    synonyms: ["doesn't understand", "can't understand me", 'misunderstands me', 'mishears me', 'gets my requests wrong', "doesn't understand what i say"],
  },
  BLUETOOTH: {
    value: 'bluetooth',
    synonyms: ['bluetooth pairing', "won't pair", "can't pair", "won't connect to my phone", "won't connect to bluetooth", 'bluetooth problem', 'pairing'],
  },
  LIGHT_RING: {
    value: 'light ring',
    synonyms: ['the light ring', 'light ring colors', 'a strange light', 'orange light', 'red light', 'yellow light', 'green light', 'purple light', 'blue light', 'spinning light', 'flashing light', 'the light'],
  },
  NO_SOUND: {
    value: 'no sound',
    synonyms: ['has no sound', 'no audio', 'sound problem', 'volume problem', 'too quiet', "can't hear it", 'the sound', 'the volume', 'sound cuts out', "the sound doesn't work"],
  },
  NO_PICTURE: {
    value: 'no picture',
    synonyms: ['has no picture', 'black screen', 'a black screen', 'blank screen', 'no signal', 'no video', 'nothing on the screen', 'shows nothing'],
  },
  REMOTE: {
    value: 'remote not working',
    synonyms: ["the remote doesn't work", "the remote isn't working", "remote doesn't work", 'remote', 'the remote', 'remote control', 'the remote is not working', "the remote won't pair", 'remote problem'],
  },
  BUFFERING: {
    value: 'buffering',
    synonyms: ['keeps buffering', 'is buffering', 'streaming is slow', 'videos keep stopping', 'videos keep loading', 'slow streaming', 'lagging', 'keeps loading'],
  },
  APP_CRASHING: {
    value: 'app crashing',
    synonyms: ['apps keep crashing', 'an app keeps crashing', 'app keeps crashing', "an app won't open", "apps won't open", 'app crashes', 'the app closes', 'apps crashing'],
  },
  FROZEN: {
    value: 'frozen',
    synonyms: ['is frozen', 'keeps freezing', 'freezing', 'stuck', 'is stuck', 'froze', 'hangs', 'locked up', 'stuck on the logo'],
  },
  NOT_CHARGING: {
    value: "won't charge",
    synonyms: ["isn't charging", 'not charging', "doesn't charge", 'charging problem', 'will not charge'],
  },
  BOOKS_MISSING: {
    value: 'books missing',
    synonyms: ['my books are missing', 'missing books', "books aren't showing up", "isn't syncing", 'not syncing', "won't sync", 'sync problem', "my book isn't there", 'book not showing'],
  },
  SCREEN: {
    value: 'screen problem',
    synonyms: ['the screen', 'screen problems', 'ghosting', 'the screen is flickering', 'touch screen not working', "the screen doesn't respond", 'lines on the screen'],
  },
  BATTERY_DRAIN: {
    value: 'battery draining',
    synonyms: ['battery drains fast', 'battery drains quickly', 'battery runs out fast', "battery doesn't last", 'poor battery life', 'battery life'],
  },
};
