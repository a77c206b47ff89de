import type { FamilyKnowledge } from './schema';

/** Fire TV troubleshooting (en-US wording), checked by FamilyKnowledgeSchema in the tests and when the skill is built. */

const RESTART = 'Restart the Fire TV: go to Settings, then My Fire TV, and choose Restart.';
const UNPLUG = 'Unplug your Fire TV from power, wait a minute, then plug it back in.';
const CHECK_FOR_UPDATES = 'Go to Settings, then My Fire TV, then About, and choose Check for Updates. Install anything it finds.';
const FREE_UP_SPACE = "Free up space: go to Settings, then Applications, then Manage Installed Applications, and uninstall apps you don't use.";
const WALL_POWER = 'Plug your Fire TV into a wall outlet with the power adapter that came with it, not into a USB port on the TV.';
const EXTENDER = 'If you have the HDMI extender that came with your Fire TV, fit it between the Fire TV and the TV.';
const ROUTER = 'Restart your router: unplug it, wait 30 seconds, and plug it back in.';

export const fireTvKnowledge = {
  family: 'FIRE_TV',
  statusSteps: {
    OFFLINE: UNPLUG,
    WEAK_WIFI: ROUTER,
    UPDATE_PENDING: 'On your Fire TV, go to Settings, then My Fire TV, then About, and choose Install Update. It restarts by itself when it is done.',
    REMOTE_BATTERY_LOW: 'Put two fresh triple A batteries in your remote, the right way round.',
  },
  trees: [
    {
      id: 'FIRE_TV_NO_PICTURE',
      covers: ['NO_PICTURE', 'WONT_TURN_ON'],
      about: 'the picture on {{device}}',
      ifItComesBack: 'check the TV is on the right input first, and if the picture goes again, ask me',
      start: 'input',
      steps: [
        { id: 'input', kind: 'ACTION', say: "Use your TV's own remote to switch to the HDMI input your Fire TV is plugged into.", next: 'light' },
        { id: 'light', kind: 'QUESTION', say: 'Look at the Fire TV itself. Is its small light on?', rephrase: 'Can you see a small light on the Fire TV stick or box?', yes: 'hdmiPort', no: 'wallPower' },
        { id: 'wallPower', kind: 'ACTION', say: WALL_POWER, next: 'hdmiPort' },
        { id: 'hdmiPort', kind: 'ACTION', say: 'Unplug the Fire TV from the TV, plug it firmly into a different HDMI port, and switch the TV to that input.', next: 'resolution' },
        { id: 'resolution', kind: 'ACTION', say: 'Press and hold the Up button and the Rewind button on your Fire TV remote together for 10 seconds. The Fire TV tries each screen resolution; choose Use Current Resolution when the picture looks right.', next: 'extender' },
        { id: 'extender', kind: 'ACTION', say: EXTENDER, next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_REMOTE',
      covers: ['REMOTE'],
      about: 'the remote on {{device}}',
      ifItComesBack: 'fresh batteries and holding Home for 10 seconds fix most remote problems, and I\'m here if they don\'t',
      statusFirst: ['REMOTE_BATTERY_LOW'],
      start: 'batteries',
      steps: [
        { id: 'batteries', kind: 'ACTION', say: 'Put two fresh triple A batteries in the remote, the right way round.', next: 'pair', covers: 'REMOTE_BATTERY_LOW' },
        { id: 'pair', kind: 'ACTION', say: 'Stand close to the Fire TV, then press and hold the Home button on the remote for 10 seconds, so it pairs again.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: 'Unplug the Fire TV from power, wait a minute, and plug it back in. When the home screen appears, hold Home for 10 seconds again.', next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_BUFFERING',
      covers: ['BUFFERING'],
      about: 'the buffering on {{device}}',
      ifItComesBack: 'restarting your router and your Fire TV usually clears it, and you can always ask me again',
      statusFirst: ['WEAK_WIFI', 'UPDATE_PENDING'],
      start: 'everyApp',
      steps: [
        { id: 'everyApp', kind: 'QUESTION', say: 'Does it buffer in every app, not just one?', rephrase: 'Is the buffering happening in more than one app?', yes: 'router', no: 'clearCache' },
        { id: 'clearCache', kind: 'ACTION', say: 'Go to Settings, then Applications, then Manage Installed Applications. Choose that app and select Clear Cache.', next: 'router' },
        { id: 'router', kind: 'ACTION', say: ROUTER, next: 'restart', covers: 'WEAK_WIFI' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'extender' },
        { id: 'extender', kind: 'ACTION', say: 'Use the HDMI extender that came with your Fire TV. It moves the stick away from the TV, which gives it a stronger Wi-Fi signal.', next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_APP_CRASHING',
      covers: ['APP_CRASHING'],
      about: 'the app that keeps crashing on {{device}}',
      ifItComesBack: 'force stop the app and clear its cache, and ask me again if it keeps happening',
      statusFirst: ['UPDATE_PENDING'],
      start: 'forceStop',
      steps: [
        { id: 'forceStop', kind: 'ACTION', say: 'Go to Settings, then Applications, then Manage Installed Applications. Choose the app, select Force Stop, and open it again.', next: 'clearCache' },
        { id: 'clearCache', kind: 'ACTION', say: 'In the same place, choose the app again and select Clear Cache.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'reinstall' },
        { id: 'reinstall', kind: 'ACTION', say: 'Uninstall the app from Manage Installed Applications, then download it again from the Appstore.', next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_NO_SOUND',
      covers: ['NO_SOUND'],
      about: 'the sound on {{device}}',
      ifItComesBack: 'check the TV and the Fire TV aren\'t muted, and ask me again if the sound drops out',
      statusFirst: ['UPDATE_PENDING'],
      start: 'volume',
      steps: [
        { id: 'volume', kind: 'ACTION', say: 'Press volume up on your Fire TV remote, and on your TV\'s own remote, in case either is muted.', next: 'soundbar' },
        { id: 'soundbar', kind: 'QUESTION', say: 'Does the sound go through a soundbar or an AV receiver?', rephrase: 'Is there a soundbar or receiver connected to the TV?', yes: 'soundbarInput', no: 'hdmi' },
        { id: 'soundbarInput', kind: 'ACTION', say: 'Switch the soundbar or receiver on, and set it to the input your TV or Fire TV uses.', next: 'hdmi' },
        { id: 'hdmi', kind: 'ACTION', say: "Unplug the Fire TV from the TV's HDMI port and push it back in firmly, or try another HDMI port and switch the TV to it.", next: 'dolby' },
        { id: 'dolby', kind: 'ACTION', say: 'On the Fire TV, go to Settings, then Display and Sounds, then Audio, then Dolby Digital Output, and choose Dolby Digital Plus Off.', next: 'stereo' },
        { id: 'stereo', kind: 'ACTION', say: 'In the same Audio settings, set the surround sound option to Stereo.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_FROZEN',
      covers: ['FROZEN'],
      about: '{{device}} freezing',
      ifItComesBack: 'hold Select and Play together for 5 seconds to restart it, and ask me again if it keeps freezing',
      statusFirst: ['UPDATE_PENDING'],
      start: 'remoteRestart',
      steps: [
        { id: 'remoteRestart', kind: 'ACTION', say: 'Press and hold the Select button and the Play button on your remote together for 5 seconds, until the Fire TV restarts.', next: 'unplug' },
        { id: 'unplug', kind: 'ACTION', say: UNPLUG, next: 'update' },
        { id: 'update', kind: 'ACTION', say: CHECK_FOR_UPDATES, next: 'storage', covers: 'UPDATE_PENDING' },
        { id: 'storage', kind: 'ACTION', say: FREE_UP_SPACE, next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_SLOW',
      covers: ['SLOW'],
      about: '{{device}} being slow',
      ifItComesBack: 'keep some storage free and restart it now and then, and ask me again if it slows down',
      statusFirst: ['UPDATE_PENDING'],
      start: 'storage',
      steps: [
        // A nearly full Fire TV is the commonest cause of slow menus.
        { id: 'storage', kind: 'ACTION', say: FREE_UP_SPACE, next: 'backgroundApps' },
        { id: 'backgroundApps', kind: 'ACTION', say: "Close apps running in the background: in Manage Installed Applications, choose each app you aren't using and select Force Stop.", next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'update' },
        { id: 'update', kind: 'ACTION', say: CHECK_FOR_UPDATES, next: 'ESCALATE', covers: 'UPDATE_PENDING' },
      ],
    },
    {
      id: 'FIRE_TV_RESTARTING',
      covers: ['RESTARTING'],
      about: '{{device}} restarting by itself',
      ifItComesBack: 'keep it on its own power adapter in a wall outlet, and ask me again if it keeps restarting',
      statusFirst: ['UPDATE_PENDING'],
      start: 'wallPower',
      steps: [
        // A TV's USB port cannot power a Fire TV steadily, so it restarts when it works hardest.
        { id: 'wallPower', kind: 'ACTION', say: WALL_POWER, next: 'extender' },
        { id: 'extender', kind: 'ACTION', say: EXTENDER, next: 'update' },
        { id: 'update', kind: 'ACTION', say: CHECK_FOR_UPDATES, next: 'ESCALATE', covers: 'UPDATE_PENDING' },
      ],
    },
    {
      id: 'FIRE_TV_STORAGE',
      covers: ['STORAGE_FULL'],
      about: 'the storage on {{device}}',
      ifItComesBack: 'clear app caches and uninstall apps you no longer use, and ask me again if it fills up',
      start: 'clearCache',
      steps: [
        { id: 'clearCache', kind: 'ACTION', say: 'Go to Settings, then Applications, then Manage Installed Applications. Choose an app you use a lot and select Clear Cache, then do the same for the others.', next: 'uninstall' },
        { id: 'uninstall', kind: 'ACTION', say: FREE_UP_SPACE, next: 'storage' },
        { id: 'storage', kind: 'ACTION', say: 'Go to Settings, then My Fire TV, then Storage, to see what takes the most space, and remove what you no longer need.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_MIRRORING',
      covers: ['SCREEN_MIRRORING'],
      about: 'screen mirroring on {{device}}',
      ifItComesBack: 'turn on Enable Display Mirroring before you cast from your phone, and ask me again if it won\'t connect',
      start: 'enable',
      steps: [
        { id: 'enable', kind: 'ACTION', say: 'On the Fire TV, go to Settings, then Display and Sounds, and choose Enable Display Mirroring. Leave that screen open while you connect.', next: 'sameWifi' },
        { id: 'sameWifi', kind: 'ACTION', say: 'Make sure your phone is on the same Wi-Fi network as your Fire TV.', next: 'iPhone' },
        { id: 'iPhone', kind: 'QUESTION', say: 'Is it an iPhone or an iPad?', rephrase: 'Is your phone an Apple iPhone?', yes: 'castButton', no: 'phoneCast' },
        // Fire TV mirrors over Miracast, which Apple devices do not offer.
        { id: 'castButton', kind: 'ACTION', say: "An iPhone can't mirror its whole screen to a Fire TV, but many apps, like YouTube and Prime Video, have a cast button. Tap it and choose your Fire TV.", next: 'restart' },
        { id: 'phoneCast', kind: 'ACTION', say: "On your phone, swipe down, tap Cast, Smart View or Screen Mirroring, and choose your Fire TV from the list.", next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'ESCALATE' },
      ],
    },
    {
      id: 'FIRE_TV_OFFLINE',
      covers: ['OFFLINE'],
      about: 'the Wi-Fi connection on {{device}}',
      ifItComesBack: 'restart your router and then your Fire TV, and ask me again if it keeps dropping',
      statusFirst: ['OFFLINE', 'WEAK_WIFI'],
      start: 'network',
      steps: [
        { id: 'network', kind: 'ACTION', say: 'On your Fire TV, go to Settings, then Network, choose your Wi-Fi network, and enter its password again if it asks.', next: 'router' },
        { id: 'router', kind: 'ACTION', say: ROUTER, next: 'unplug', covers: 'WEAK_WIFI' },
        { id: 'unplug', kind: 'ACTION', say: UNPLUG, next: 'closer', covers: 'OFFLINE' },
        { id: 'closer', kind: 'ACTION', say: 'Give it a stronger signal: fit the HDMI extender so the Fire TV sits away from the back of the TV, or move your router closer.', next: 'rejoin' },
        { id: 'rejoin', kind: 'ACTION', say: 'Go to Settings, then Network, highlight your network, press the Menu button on the remote and choose Forget. Then choose the network again and enter its password.', next: 'ESCALATE' },
      ],
    },
  ],
} satisfies FamilyKnowledge;
