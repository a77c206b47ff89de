import type { SymptomId } from '../symptoms';

/**
 * Each symptom's name in en-US, as the desk says it to the customer and writes it for the team ("no picture").
 * The words customers use for each are the interaction model's (interactionModels/en-US/symptom-words.ts).
 */
export const symptomNamesEnUS: Record<SymptomId, string> = {
  NOT_RESPONDING: 'not responding',
  WONT_TURN_ON: "won't turn on",
  OFFLINE: 'offline',
  NOT_UNDERSTANDING: "doesn't understand me",
  BLUETOOTH: 'bluetooth',
  LIGHT_RING: 'light ring',
  LIGHT_RED: 'red light',
  LIGHT_ORANGE: 'orange light',
  LIGHT_YELLOW: 'yellow light',
  LIGHT_GREEN: 'green light',
  LIGHT_BLUE: 'blue light',
  LIGHT_PURPLE: 'purple light',
  LIGHT_WHITE: 'white light',
  NO_SOUND: 'no sound',
  NO_PICTURE: 'no picture',
  REMOTE: 'remote not working',
  BUFFERING: 'buffering',
  APP_CRASHING: 'app crashing',
  FROZEN: 'frozen',
  NOT_CHARGING: "won't charge",
  BOOKS_MISSING: 'books missing',
  SCREEN: 'screen problem',
  BATTERY_DRAIN: 'battery draining',
  WAKES_BY_ITSELF: 'wakes up by itself',
  RESTARTING: 'keeps restarting',
  SOUND_QUALITY: 'bad sound quality',
  CAMERA: 'camera not working',
  VIDEO_CALLS: 'video calls',
  PHOTOS: 'photos',
  SLOW: 'slow',
  STORAGE_FULL: 'storage full',
  SCREEN_MIRRORING: 'screen mirroring',
};
