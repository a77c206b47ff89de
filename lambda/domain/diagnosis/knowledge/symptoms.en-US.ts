import type { SymptomId } from '../../../vocabulary/diagnosis';

/**
 * How customers say each symptom in en-US, as predicates ("my echo isn't responding") and as nouns
 * ("no picture", "the remote doesn't work"). The Symptom slot type of the interaction model is built from this.
 * The same words never stand under two symptoms.
 */
export const symptomWordsEnUS: Record<SymptomId, { value: string; synonyms: string[] }> = {
  NOT_RESPONDING: {
    value: 'not responding',
    synonyms: ["isn't responding", 'is not responding', "won't respond", "doesn't respond", "won't wake up", "doesn't wake up", "doesn't hear me", "isn't listening", 'ignores me', 'not waking up', 'unresponsive', 'not answering', 'stopped responding', "won't answer me", "doesn't answer", 'not listening', 'stopped listening', "doesn't answer me", "won't answer", 'stopped responding to anything i say', 'stopped responding to me', "doesn't respond to anything", 'ignores me when i say the wake word', "won't listen", "doesn't listen", "won't listen to me", "doesn't do anything when i talk to it"],
  },
  WONT_TURN_ON: {
    value: "won't turn on",
    synonyms: ["doesn't turn on", 'will not turn on', "won't power on", 'is dead', 'no power', 'dead', "won't switch on", "won't power up", "doesn't power on", "doesn't switch on", 'has no power', 'completely dead', 'no lights at all', 'not turning on', "won't come on", "won't even turn on", "won't turn on at all", "doesn't come on", "won't start", "won't boot"],
  },
  OFFLINE: {
    value: 'offline',
    synonyms: ['is offline', 'wifi', 'wi-fi', 'wifi problem', "won't connect to wifi", "can't connect to wifi", "isn't connecting to the internet", 'keeps disconnecting', 'no internet', 'wifi keeps dropping', 'internet connection', 'keeps dropping off the wifi', 'dropping off the wifi', 'keeps losing wifi', 'keeps losing connection', 'lost wifi', 'lost connection', 'no wifi', 'not connected', 'says offline', "can't connect to the internet", "won't connect to the internet", 'disconnected', 'wifi not working', "the wifi doesn't work", 'keeps losing its wifi connection', 'keeps losing its connection', 'keeps going offline', 'goes offline', "won't connect to the wifi", "can't get on the wifi", 'keeps dropping the wifi', 'drops the wifi', "says it's offline", "keeps saying it's offline"],
  },
  NOT_UNDERSTANDING: {
    value: "doesn't understand me",
    synonyms: ["doesn't understand", "can't understand me", 'misunderstands me', 'mishears me', 'gets my requests wrong', "doesn't understand what i say", 'hears me wrong', 'gets it wrong', 'plays the wrong thing', "doesn't get what i say", 'keeps mishearing me', 'mishears everything', 'misunderstands pretty much everything i ask', 'misunderstands everything', 'gets my words wrong', 'never understands me', "doesn't understand anything i say"],
  },
  BLUETOOTH: {
    value: 'bluetooth',
    synonyms: ['bluetooth pairing', "won't pair", "can't pair", "won't connect to my phone", "won't connect to bluetooth", 'bluetooth problem', 'pairing', "bluetooth won't connect", 'bluetooth keeps disconnecting', "won't pair with my phone", "my phone can't find it", "won't pair with bluetooth", "won't pair with my bluetooth headphones", "won't pair with my headphones", "won't pair with my speaker", 'keeps losing the bluetooth connection', 'bluetooth keeps dropping', "won't connect to my headphones"],
  },
  LIGHT_RING: {
    value: 'light ring',
    synonyms: ['the light ring', 'light ring colors', 'a strange light', 'spinning light', 'flashing light', 'the light', 'a light', 'a weird light', 'the ring', 'the ring light', 'blinking light', 'the light keeps flashing', 'a colored light', 'the light bar', "a light that won't go off", 'keeps spinning', 'the light ring mean', 'light ring', 'a light on it', "the light won't go off", 'the light keeps spinning'],
  },
  LIGHT_RED: {
    value: 'red light',
    synonyms: ['red', 'a red light', 'red ring', 'a red ring', 'solid red', 'flashing red', 'the red light', 'red light is on', 'red bar', 'a red line', 'showing a red ring', "a red ring and won't listen"],
  },
  LIGHT_ORANGE: {
    value: 'orange light',
    synonyms: ['orange', 'an orange light', 'orange ring', 'an orange ring', 'spinning orange', 'flashing orange', 'the orange light', 'orange light spinning', 'showing an orange light', "an orange light that won't stop"],
  },
  LIGHT_YELLOW: {
    value: 'yellow light',
    synonyms: ['yellow', 'a yellow light', 'yellow ring', 'a yellow ring', 'flashing yellow', 'pulsing yellow', 'blinking yellow', 'the yellow light', 'yellow light flashing'],
  },
  LIGHT_GREEN: {
    value: 'green light',
    synonyms: ['green', 'a green light', 'green ring', 'a green ring', 'flashing green', 'pulsing green', 'spinning green', 'the green light', "pulsing green and i don't know why"],
  },
  LIGHT_BLUE: {
    value: 'blue light',
    synonyms: ['blue', 'a blue light', 'blue ring', 'a blue ring', 'cyan', 'cyan light', 'spinning blue', 'the blue light', 'blue light stays on', 'stuck on blue', 'stays blue', 'just stays blue', 'lit up blue', 'lit up blue all the time', 'blue all the time'],
  },
  LIGHT_PURPLE: {
    value: 'purple light',
    synonyms: ['purple', 'a purple light', 'purple ring', 'a purple ring', 'flashing purple', 'violet light', 'the purple light'],
  },
  LIGHT_WHITE: {
    value: 'white light',
    synonyms: ['white', 'a white light', 'white ring', 'a white ring', 'spinning white', 'flashing white', 'the white light', 'a white light keeps circling', 'white light circling', 'a white light keeps circling around the top'],
  },
  NO_SOUND: {
    value: 'no sound',
    synonyms: ['has no sound', 'no audio', 'sound problem', 'volume problem', 'too quiet', "can't hear it", 'the sound', 'the volume', 'sound cuts out', "the sound doesn't work", 'no sound through the tv', 'no sound on the tv', "can't hear anything", 'sound not working', 'lost the sound', 'the sound is gone', 'no volume', 'sound stopped', 'no sound coming out', 'no sound coming out of it', 'went silent', "went silent i can't hear anything", "there's still no sound", 'still no sound', 'is silent', 'makes no sound', 'no sound at all'],
  },
  NO_PICTURE: {
    value: 'no picture',
    synonyms: ['has no picture', 'black screen', 'a black screen', 'blank screen', 'no signal', 'no video', 'nothing on the screen', 'shows nothing', 'the screen went black', 'screen went black', 'the screen is black', 'no display', 'says no signal', 'says no signal when i switch to it', 'no picture at all', 'got no picture', 'got no picture on the tv', 'no picture on the tv', 'the tv says no signal', 'shows no signal', 'just a black screen'],
  },
  REMOTE: {
    value: 'remote not working',
    synonyms: ["the remote doesn't work", "the remote isn't working", "remote doesn't work", 'remote', 'the remote', 'remote control', 'the remote is not working', "the remote won't pair", 'remote problem', 'the remote stopped working', "the remote won't work", "the remote isn't responding", "the remote isn't doing anything", "remote isn't doing anything", "remote's not connecting", "remote won't pair", "remote's not working", 'remote not connecting', "the remote's not working", "remote isn't working", 'remote is not working', 'remote stopped working', "remote won't work", 'remote is broken', 'remote not working'],
  },
  BUFFERING: {
    value: 'buffering',
    synonyms: ['keeps buffering', 'is buffering', 'streaming is slow', 'videos keep stopping', 'videos keep loading', 'slow streaming', 'lagging', 'keeps loading', 'keeps pausing to load', 'spinning circle', 'videos buffer', 'keeps stopping to buffer', 'keep stopping to buffer', 'keep buffering', 'buffers all the time', 'keeps freezing to buffer'],
  },
  APP_CRASHING: {
    value: 'app crashing',
    synonyms: ['apps keep crashing', 'an app keeps crashing', 'app keeps crashing', "an app won't open", "apps won't open", 'app crashes', 'the app closes', 'apps crashing', 'apps keep closing', 'app keeps closing', "an app won't load", 'the app crashed', 'keeps crashing', 'just crashes', 'crashes', 'keep crashing', 'crashes all the time', 'keeps closing', "won't open"],
  },
  FROZEN: {
    value: 'frozen',
    synonyms: ['is frozen', 'keeps freezing', 'freezing', 'stuck', 'is stuck', 'froze', 'hangs', 'locked up', 'stuck on the logo', 'stuck on the amazon logo', 'frozen on the logo', 'the screen is frozen', 'frozen screen', 'keeps hanging', 'stuck on the loading screen', 'is stuck on the logo', 'froze on the clock screen', 'frozen on a page', "frozen on a page and won't turn", 'is frozen on a page', 'frozen', 'froze up', 'is frozen on the screen', 'stuck on a page'],
  },
  NOT_CHARGING: {
    value: "won't charge",
    synonyms: ["isn't charging", 'not charging', "doesn't charge", 'charging problem', 'will not charge', "won't charge up", 'not taking a charge', "the charger doesn't work", "the charging light doesn't come on", "won't take a charge", "won't take a charge even when it's plugged in", 'stopped charging', "doesn't charge when it's plugged in", "won't charge when it's plugged in"],
  },
  BOOKS_MISSING: {
    value: 'books missing',
    synonyms: ['my books are missing', 'missing books', "books aren't showing up", "isn't syncing", 'not syncing', "won't sync", 'sync problem', "my book isn't there", 'book not showing', "can't find my book", 'my books disappeared', "my book didn't arrive", "the book won't download", 'my books disappeared from', 'books disappeared', "isn't showing up", 'never showed up', "i can't find the books i downloaded", "the book i bought isn't showing up", 'the book i bought never showed up', 'the new book i bought never showed up', "my book isn't showing up"],
  },
  SCREEN: {
    value: 'screen problem',
    synonyms: ['the screen', 'screen problems', 'ghosting', 'the screen is flickering', 'touch screen not working', "the screen doesn't respond", 'lines on the screen', 'screen is flickering', 'flickering screen', 'the screen flickers', 'flickering', "the touch screen doesn't work", "the screen won't respond to touch", 'the screen is too dim', 'the screen is too dark', 'the screen keeps dimming', "touch screen isn't working", 'lines across the screen', 'there are lines across the screen', 'keeps flickering', 'flickers', 'the screen keeps flickering'],
  },
  BATTERY_DRAIN: {
    value: 'battery draining',
    synonyms: ['battery drains fast', 'battery drains quickly', 'battery runs out fast', "battery doesn't last", 'poor battery life', 'battery life', "won't hold a charge", 'battery dies fast', 'the battery dies quickly', 'battery goes flat', 'battery dies really fast', 'dies really fast', 'battery runs out in like a day', 'runs out in like a day', "battery drains even when i'm not using it", "drains even when i'm not using it", 'battery drains', 'the battery runs out fast', 'battery runs out quickly'],
  },
  WAKES_BY_ITSELF: {
    value: 'wakes up by itself',
    synonyms: ['wakes by itself', 'wakes up on its own', 'randomly wakes up', 'wakes up randomly', 'keeps waking up', 'lights up by itself', 'lights up on its own', 'talks by itself', 'starts talking on its own', 'activates by itself', 'responds to the tv', 'answers the tv', 'responds when nobody called it', 'answers even when nobody said anything', 'wakes up randomly in the middle of the night', 'wakes up in the middle of the night', 'turns on by itself', 'turns on by itself at night', 'goes off by itself', 'turns on on its own'],
  },
  RESTARTING: {
    value: 'keeps restarting',
    synonyms: ["won't stop restarting", 'restarting', 'keeps rebooting', 'rebooting', 'restarts by itself', 'reboots by itself', 'restarts randomly', 'keeps turning off', 'turns off by itself', 'keeps shutting down', 'shuts down by itself', 'keeps switching off', 'keeps resetting', 'boot loop', 'restarts', 'rebooting itself', 'restarting itself', 'restarts itself', 'reboots', 'reboots itself'],
  },
  SOUND_QUALITY: {
    value: 'bad sound quality',
    synonyms: ['sound is crackly', 'crackly sound', 'crackly', 'crackling', 'crackles', 'the sound crackles', 'distorted sound', 'sound is distorted', 'distortion', 'buzzing', 'a buzzing sound', 'static', 'sounds tinny', 'muffled sound', 'sound is muffled', 'poor sound', 'sound quality', 'sounds bad', 'popping sound', 'sounds fuzzy', 'is all crackly', 'is crackly', 'is muffled', 'sounds really fuzzy', 'sounds muffled', 'sounds distorted', 'sounds crackly', 'is distorted', 'is fuzzy'],
  },
  CAMERA: {
    value: 'camera not working',
    synonyms: ['the camera', 'camera', 'camera problem', "the camera doesn't work", "the camera isn't working", 'the camera is off', "the camera won't turn on", 'the camera shows nothing', 'the camera is black', "can't see the camera", 'the camera is blocked', 'the camera is unavailable', 'camera is unavailable', 'camera is all blurry', 'camera is blurry', 'the camera is blurry'],
  },
  VIDEO_CALLS: {
    value: 'video calls',
    synonyms: ['video calling', 'video call', "can't make a video call", "can't video call", "can't make calls", "calls won't connect", "calling doesn't work", "drop in doesn't work", 'drop in', "can't call", 'calls', 'video chat'],
  },
  PHOTOS: {
    value: 'photos',
    synonyms: ['my photos', 'pictures', 'my pictures', "photos won't show", "photos aren't showing", "won't show my photos", 'photo frame', 'slideshow', 'photo slideshow', 'amazon photos', 'family photos', 'stopped displaying my photos', 'stopped showing my photos', "doesn't show my photos", "won't display my photos"],
  },
  SLOW: {
    value: 'slow',
    synonyms: ['is slow', 'running slow', 'really slow', 'very slow', 'sluggish', 'laggy', 'slow menus', 'the menus are slow', 'takes forever', 'lags', 'is so slow', 'slowed down', 'are so laggy', 'are laggy', 'are slow', 'are so slow', 'lags every time i scroll', 'lags when i scroll'],
  },
  STORAGE_FULL: {
    value: 'storage full',
    synonyms: ['says storage is full', 'storage is full', 'running out of space', 'out of space', 'no space', 'not enough space', 'low storage', 'low on storage', 'storage', 'running out of storage', 'memory full', 'internal storage full', 'no room for apps', "can't install apps", 'out of storage', 'storage is almost full', 'almost full', 'full'],
  },
  SCREEN_MIRRORING: {
    value: 'screen mirroring',
    synonyms: ["can't mirror my phone", 'mirroring', 'mirror my phone', 'screen mirror', "can't screen mirror", "mirroring doesn't work", 'display mirroring', "can't cast", "won't cast", 'casting', 'cast my phone', "can't share my screen", 'miracast', "won't let me do screen mirroring", "won't let me mirror my phone", "won't let me screen mirror", "can't mirror my screen", "can't mirror my laptop", "can't cast my phone"],
  },
};
