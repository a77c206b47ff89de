import type { SymptomId } from '../../../vocabulary/diagnosis';

/**
 * How customers say each symptom in en-US, as predicates ("my echo isn't responding") and as nouns
 * ("no picture", "the remote doesn't work"). The Symptom slot type of the interaction model is built from this.
 * The same words never stand under two symptoms.
 */
export const symptomWordsEnUS: Record<SymptomId, { value: string; synonyms: string[] }> = {
  NOT_RESPONDING: {
    value: 'not responding',
    synonyms: ["isn't responding", 'is not responding', "won't respond", "doesn't respond", "won't wake up", "doesn't wake up", "doesn't hear me", "isn't listening", 'ignores me', 'not waking up', 'unresponsive', 'not answering', 'stopped responding', "won't answer me", "doesn't answer", 'not listening', 'stopped listening'],
  },
  WONT_TURN_ON: {
    value: "won't turn on",
    synonyms: ["doesn't turn on", 'will not turn on', "won't power on", 'is dead', 'no power', 'dead', "won't switch on", "won't power up", "doesn't power on", "doesn't switch on", 'has no power', 'completely dead', 'no lights at all', 'not turning on', "won't come on"],
  },
  OFFLINE: {
    value: 'offline',
    synonyms: ['is offline', 'wifi', 'wi-fi', 'wifi problem', "won't connect to wifi", "can't connect to wifi", "isn't connecting to the internet", 'keeps disconnecting', 'no internet', 'wifi keeps dropping', 'internet connection', 'keeps dropping off the wifi', 'dropping off the wifi', 'keeps losing wifi', 'keeps losing connection', 'lost wifi', 'lost connection', 'no wifi', 'not connected', 'says offline', "can't connect to the internet", "won't connect to the internet", 'disconnected', 'wifi not working', "the wifi doesn't work"],
  },
  NOT_UNDERSTANDING: {
    value: "doesn't understand me",
    synonyms: ["doesn't understand", "can't understand me", 'misunderstands me', 'mishears me', 'gets my requests wrong', "doesn't understand what i say", 'hears me wrong', 'gets it wrong', 'plays the wrong thing', "doesn't get what i say"],
  },
  BLUETOOTH: {
    value: 'bluetooth',
    synonyms: ['bluetooth pairing', "won't pair", "can't pair", "won't connect to my phone", "won't connect to bluetooth", 'bluetooth problem', 'pairing', "bluetooth won't connect", 'bluetooth keeps disconnecting', "won't pair with my phone", "my phone can't find it"],
  },
  LIGHT_RING: {
    value: 'light ring',
    synonyms: ['the light ring', 'light ring colors', 'a strange light', 'spinning light', 'flashing light', 'the light', 'a light', 'a weird light', 'the ring', 'the ring light', 'blinking light', 'the light keeps flashing', 'a colored light', 'the light bar'],
  },
  LIGHT_RED: {
    value: 'red light',
    synonyms: ['red', 'a red light', 'red ring', 'a red ring', 'solid red', 'flashing red', 'the red light', 'red light is on', 'red bar', 'a red line'],
  },
  LIGHT_ORANGE: {
    value: 'orange light',
    synonyms: ['orange', 'an orange light', 'orange ring', 'an orange ring', 'spinning orange', 'flashing orange', 'the orange light', 'orange light spinning'],
  },
  LIGHT_YELLOW: {
    value: 'yellow light',
    synonyms: ['yellow', 'a yellow light', 'yellow ring', 'a yellow ring', 'flashing yellow', 'pulsing yellow', 'blinking yellow', 'the yellow light', 'yellow light flashing'],
  },
  LIGHT_GREEN: {
    value: 'green light',
    synonyms: ['green', 'a green light', 'green ring', 'a green ring', 'flashing green', 'pulsing green', 'spinning green', 'the green light'],
  },
  LIGHT_BLUE: {
    value: 'blue light',
    synonyms: ['blue', 'a blue light', 'blue ring', 'a blue ring', 'cyan', 'cyan light', 'spinning blue', 'the blue light', 'blue light stays on', 'stuck on blue'],
  },
  LIGHT_PURPLE: {
    value: 'purple light',
    synonyms: ['purple', 'a purple light', 'purple ring', 'a purple ring', 'flashing purple', 'violet light', 'the purple light'],
  },
  LIGHT_WHITE: {
    value: 'white light',
    synonyms: ['white', 'a white light', 'white ring', 'a white ring', 'spinning white', 'flashing white', 'the white light'],
  },
  NO_SOUND: {
    value: 'no sound',
    synonyms: ['has no sound', 'no audio', 'sound problem', 'volume problem', 'too quiet', "can't hear it", 'the sound', 'the volume', 'sound cuts out', "the sound doesn't work", 'no sound through the tv', 'no sound on the tv', "can't hear anything", 'sound not working', 'lost the sound', 'the sound is gone', 'no volume', 'sound stopped'],
  },
  NO_PICTURE: {
    value: 'no picture',
    synonyms: ['has no picture', 'black screen', 'a black screen', 'blank screen', 'no signal', 'no video', 'nothing on the screen', 'shows nothing', 'the screen went black', 'screen went black', 'the screen is black', 'no display', 'says no signal'],
  },
  REMOTE: {
    value: 'remote not working',
    synonyms: ["the remote doesn't work", "the remote isn't working", "remote doesn't work", 'remote', 'the remote', 'remote control', 'the remote is not working', "the remote won't pair", 'remote problem', 'the remote stopped working', "the remote won't work", "the remote isn't responding"],
  },
  BUFFERING: {
    value: 'buffering',
    synonyms: ['keeps buffering', 'is buffering', 'streaming is slow', 'videos keep stopping', 'videos keep loading', 'slow streaming', 'lagging', 'keeps loading', 'keeps pausing to load', 'spinning circle', 'videos buffer'],
  },
  APP_CRASHING: {
    value: 'app crashing',
    synonyms: ['apps keep crashing', 'an app keeps crashing', 'app keeps crashing', "an app won't open", "apps won't open", 'app crashes', 'the app closes', 'apps crashing', 'apps keep closing', 'app keeps closing', "an app won't load", 'the app crashed'],
  },
  FROZEN: {
    value: 'frozen',
    synonyms: ['is frozen', 'keeps freezing', 'freezing', 'stuck', 'is stuck', 'froze', 'hangs', 'locked up', 'stuck on the logo', 'stuck on the amazon logo', 'frozen on the logo', 'the screen is frozen', 'frozen screen', 'keeps hanging', 'stuck on the loading screen'],
  },
  NOT_CHARGING: {
    value: "won't charge",
    synonyms: ["isn't charging", 'not charging', "doesn't charge", 'charging problem', 'will not charge', "won't charge up", 'not taking a charge', "the charger doesn't work", "the charging light doesn't come on"],
  },
  BOOKS_MISSING: {
    value: 'books missing',
    synonyms: ['my books are missing', 'missing books', "books aren't showing up", "isn't syncing", 'not syncing', "won't sync", 'sync problem', "my book isn't there", 'book not showing', "can't find my book", 'my books disappeared', "my book didn't arrive", "the book won't download"],
  },
  SCREEN: {
    value: 'screen problem',
    synonyms: ['the screen', 'screen problems', 'ghosting', 'the screen is flickering', 'touch screen not working', "the screen doesn't respond", 'lines on the screen', 'screen is flickering', 'flickering screen', 'the screen flickers', 'flickering', "the touch screen doesn't work", "the screen won't respond to touch", 'the screen is too dim', 'the screen is too dark', 'the screen keeps dimming'],
  },
  BATTERY_DRAIN: {
    value: 'battery draining',
    synonyms: ['battery drains fast', 'battery drains quickly', 'battery runs out fast', "battery doesn't last", 'poor battery life', 'battery life', "won't hold a charge", 'battery dies fast', 'the battery dies quickly', 'battery goes flat'],
  },
  WAKES_BY_ITSELF: {
    value: 'wakes up by itself',
    synonyms: ['wakes by itself', 'wakes up on its own', 'randomly wakes up', 'wakes up randomly', 'keeps waking up', 'lights up by itself', 'lights up on its own', 'talks by itself', 'starts talking on its own', 'activates by itself', 'responds to the tv', 'answers the tv', 'responds when nobody called it'],
  },
  RESTARTING: {
    value: 'keeps restarting',
    synonyms: ["won't stop restarting", 'restarting', 'keeps rebooting', 'rebooting', 'restarts by itself', 'reboots by itself', 'restarts randomly', 'keeps turning off', 'turns off by itself', 'keeps shutting down', 'shuts down by itself', 'keeps switching off', 'keeps resetting', 'boot loop'],
  },
  SOUND_QUALITY: {
    value: 'bad sound quality',
    synonyms: ['sound is crackly', 'crackly sound', 'crackly', 'crackling', 'crackles', 'the sound crackles', 'distorted sound', 'sound is distorted', 'distortion', 'buzzing', 'a buzzing sound', 'static', 'sounds tinny', 'muffled sound', 'sound is muffled', 'poor sound', 'sound quality', 'sounds bad', 'popping sound', 'sounds fuzzy'],
  },
  CAMERA: {
    value: 'camera not working',
    synonyms: ['the camera', 'camera', 'camera problem', "the camera doesn't work", "the camera isn't working", 'the camera is off', "the camera won't turn on", 'the camera shows nothing', 'the camera is black', "can't see the camera", 'the camera is blocked'],
  },
  VIDEO_CALLS: {
    value: 'video calls',
    synonyms: ['video calling', 'video call', "can't make a video call", "can't video call", "can't make calls", "calls won't connect", "calling doesn't work", "drop in doesn't work", 'drop in', "can't call", 'calls', 'video chat'],
  },
  PHOTOS: {
    value: 'photos',
    synonyms: ['my photos', 'pictures', 'my pictures', "photos won't show", "photos aren't showing", "won't show my photos", 'photo frame', 'slideshow', 'photo slideshow', 'amazon photos', 'family photos'],
  },
  SLOW: {
    value: 'slow',
    synonyms: ['is slow', 'running slow', 'really slow', 'very slow', 'sluggish', 'laggy', 'slow menus', 'the menus are slow', 'takes forever', 'lags', 'is so slow', 'slowed down'],
  },
  STORAGE_FULL: {
    value: 'storage full',
    synonyms: ['says storage is full', 'storage is full', 'running out of space', 'out of space', 'no space', 'not enough space', 'low storage', 'low on storage', 'storage', 'running out of storage', 'memory full', 'internal storage full', 'no room for apps', "can't install apps"],
  },
  SCREEN_MIRRORING: {
    value: 'screen mirroring',
    synonyms: ["can't mirror my phone", 'mirroring', 'mirror my phone', 'screen mirror', "can't screen mirror", "mirroring doesn't work", 'display mirroring', "can't cast", "won't cast", 'casting', 'cast my phone', "can't share my screen", 'miracast'],
  },
};
