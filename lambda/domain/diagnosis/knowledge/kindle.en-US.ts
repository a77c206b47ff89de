import type { FamilyKnowledge } from './schema';

/** Kindle troubleshooting (en-US wording), checked by FamilyKnowledgeSchema in the tests and when the skill is built. */

const RESTART = 'Press and hold the power button for 40 seconds, then let go and wait for your Kindle to restart.';
const UPDATE = 'Swipe down from the top, tap All Settings, then the three-dot menu, and choose Update Your Kindle. If it is greyed out, you already have the latest software.';

export const kindleKnowledge = {
  family: 'KINDLE',
  statusSteps: {
    BATTERY_LOW: 'Plug your Kindle into a wall charger with the cable that came with it, and leave it charging for at least 30 minutes.',
    NOT_SYNCED: 'Make sure your Kindle is on Wi-Fi, then swipe down from the top of the screen and tap Sync.',
  },
  trees: [
    {
      id: 'KINDLE_WONT_CHARGE',
      covers: ['NOT_CHARGING', 'WONT_TURN_ON'],
      about: '{{device}} not charging',
      ifItComesBack: 'charge it for 30 minutes with the original cable and hold the power button for 40 seconds, and ask me again if it still won\'t wake',
      statusFirst: ['BATTERY_LOW'],
      start: 'charge',
      steps: [
        { id: 'charge', kind: 'ACTION', say: 'Plug your Kindle into a wall charger with the cable that came with it, and leave it for at least 30 minutes.', next: 'chargeLight', covers: 'BATTERY_LOW' },
        { id: 'chargeLight', kind: 'QUESTION', say: 'While it is plugged in, is the small charging light next to the port on?', rephrase: 'Can you see a little light glowing next to the charging port?', yes: 'restart', no: 'otherCable' },
        { id: 'otherCable', kind: 'ACTION', say: 'Try a different cable and a different wall charger, and leave it for another 30 minutes.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: 'Press and hold the power button for 40 seconds, even if the screen changes, then let go. It should restart within a minute.', next: 'ESCALATE' },
      ],
    },
    {
      id: 'KINDLE_FROZEN',
      covers: ['FROZEN'],
      about: '{{device}} freezing',
      ifItComesBack: 'holding the power button for 40 seconds restarts it, and you can ask me again any time',
      statusFirst: ['BATTERY_LOW'],
      start: 'restart',
      steps: [
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'charge' },
        { id: 'charge', kind: 'ACTION', say: 'Charge your Kindle for at least 30 minutes with the cable it came with, then hold the power button for 40 seconds again.', next: 'oneBook', covers: 'BATTERY_LOW' },
        { id: 'oneBook', kind: 'QUESTION', say: 'Does it freeze only when you open one particular book?', rephrase: 'Is it always the same book when it freezes?', yes: 'redownload', no: 'update' },
        { id: 'redownload', kind: 'ACTION', say: 'Press and hold that book\'s cover, choose Remove Download, then tap the cover again to download a fresh copy.', next: 'ESCALATE' },
        { id: 'update', kind: 'ACTION', say: UPDATE, next: 'ESCALATE' },
      ],
    },
    {
      id: 'KINDLE_SYNC',
      covers: ['BOOKS_MISSING'],
      about: 'the missing books on {{device}}',
      ifItComesBack: 'tap Sync after connecting to Wi-Fi, and ask me again if books still don\'t appear',
      // A nearly flat Kindle turns its Wi-Fi off, so it cannot sync until it has some charge.
      statusFirst: ['BATTERY_LOW', 'NOT_SYNCED'],
      start: 'wifi',
      steps: [
        { id: 'wifi', kind: 'QUESTION', say: 'Can you see the Wi-Fi symbol at the top of your Kindle\'s screen?', rephrase: 'Is there a Wi-Fi symbol at the top of the screen?', yes: 'sync', no: 'connect' },
        { id: 'connect', kind: 'ACTION', say: 'Swipe down from the top of the screen, tap All Settings, then Wi-Fi and Bluetooth, and join your network.', next: 'sync' },
        { id: 'sync', kind: 'ACTION', say: 'Swipe down from the top of the screen and tap Sync, then give it a minute.', next: 'allBooks', covers: 'NOT_SYNCED' },
        { id: 'allBooks', kind: 'ACTION', say: 'On the home screen, tap Library, then choose All at the top rather than Downloaded, to see every book you own.', next: 'deliver' },
        { id: 'deliver', kind: 'ACTION', say: 'On our website, open Manage Your Content and Devices, find the book, and choose Deliver to your Kindle.', next: 'ESCALATE' },
      ],
    },
    {
      id: 'KINDLE_WIFI',
      covers: ['OFFLINE'],
      about: 'the Wi-Fi connection on {{device}}',
      ifItComesBack: 'check Airplane Mode is off and restart your router, and ask me again if it keeps dropping',
      statusFirst: ['BATTERY_LOW'],
      start: 'airplane',
      steps: [
        { id: 'airplane', kind: 'ACTION', say: 'Swipe down from the top of the screen and make sure Airplane Mode is off.', next: 'otherDevices' },
        { id: 'otherDevices', kind: 'QUESTION', say: 'Are your other devices working on the same Wi-Fi?', rephrase: 'Does your phone get online over the same Wi-Fi?', yes: 'rejoin', no: 'router' },
        { id: 'router', kind: 'ACTION', say: 'Restart your router: unplug it, wait 30 seconds, and plug it back in.', next: 'rejoin' },
        { id: 'rejoin', kind: 'ACTION', say: 'Go to All Settings, then Wi-Fi and Bluetooth, then Wi-Fi Networks. Tap your network, choose Forget, then join it again.', next: 'restart' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'ESCALATE' },
      ],
    },
    {
      id: 'KINDLE_SCREEN',
      covers: ['SCREEN', 'NO_PICTURE'],
      about: 'the screen of {{device}}',
      ifItComesBack: 'a 40 second restart clears most screen glitches, and if you see cracks or lines, ask me and I\'ll pass you to our team',
      statusFirst: ['BATTERY_LOW'],
      start: 'restart',
      steps: [
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'ghosting' },
        { id: 'ghosting', kind: 'QUESTION', say: 'Do you see faint shadows of the previous page?', rephrase: 'Is there a faint leftover image from the last page?', yes: 'pageRefresh', no: 'touch' },
        { id: 'pageRefresh', kind: 'ACTION', say: 'Go to All Settings, then Reading Options, and turn on Page Refresh.', next: 'ESCALATE' },
        { id: 'touch', kind: 'QUESTION', say: 'Is the screen not responding to your touch?', rephrase: 'Does the screen ignore your taps?', yes: 'clean', no: 'charge' },
        { id: 'clean', kind: 'ACTION', say: 'Take off any case or screen protector, and wipe the screen and its edges with a soft, dry cloth.', next: 'ESCALATE' },
        { id: 'charge', kind: 'ACTION', say: 'Charge your Kindle for at least 30 minutes with the cable it came with, then restart it again.', next: 'ESCALATE', covers: 'BATTERY_LOW' },
      ],
    },
    {
      id: 'KINDLE_BATTERY',
      covers: ['BATTERY_DRAIN'],
      about: 'the battery life on {{device}}',
      ifItComesBack: 'keep Airplane Mode on while you read, and if the battery still drains in a day or two, ask me and I\'ll pass you to our team',
      statusFirst: ['BATTERY_LOW'],
      start: 'airplane',
      steps: [
        { id: 'airplane', kind: 'ACTION', say: 'Turn on Airplane Mode while you read books that are already on your Kindle. Searching for Wi-Fi uses the most battery.', ask: 'Does that sound like it will do it?', next: 'light' },
        { id: 'light', kind: 'ACTION', say: 'Turn the front light down a few steps: swipe down and drag the brightness slider to the left.', ask: 'Does that sound like it will help enough?', next: 'charge' },
        { id: 'charge', kind: 'ACTION', say: 'Charge it fully with the cable it came with, then hold the power button for 40 seconds to restart it.', ask: 'Is it holding its charge better now?', next: 'update', covers: 'BATTERY_LOW' },
        { id: 'update', kind: 'ACTION', say: UPDATE, next: 'ESCALATE' },
      ],
    },
    {
      id: 'KINDLE_RESTARTING',
      covers: ['RESTARTING'],
      about: '{{device}} restarting by itself',
      ifItComesBack: 'keep it charged and up to date, and ask me again if it keeps restarting',
      // A Kindle restarts by itself when its battery is nearly flat.
      statusFirst: ['BATTERY_LOW'],
      start: 'charge',
      steps: [
        { id: 'charge', kind: 'ACTION', say: 'Charge your Kindle for at least 30 minutes with the cable it came with, plugged into a wall charger.', next: 'restart', covers: 'BATTERY_LOW' },
        { id: 'restart', kind: 'ACTION', say: RESTART, next: 'update' },
        { id: 'update', kind: 'ACTION', say: UPDATE, next: 'ESCALATE' },
      ],
    },
  ],
} satisfies FamilyKnowledge;
