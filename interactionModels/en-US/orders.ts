import { ORDER_INTENTS, ORDER_SLOTS, ORDER_SLOT_TYPES, type OrderItemKind } from '../../lambda/vocabulary/orders';
import { phrases, samples, slotType, type ModelFragment, type SlotWords } from '../model-types';

const itemWords: SlotWords<OrderItemKind> = {
  KINDLE: { value: 'kindle', synonyms: ['kindle paperwhite', 'paperwhite', 'e reader', 'kindle scribe', 'kindle oasis'] },
  KINDLE_COVER: { value: 'kindle cover', synonyms: ['kindle case', 'kindle paperwhite cover', 'paperwhite cover', 'cover', 'case', 'kindle sleeve'] },
  ECHO: { value: 'echo', synonyms: ['echo dot', 'dot', 'echo pop', 'echo studio', 'smart speaker', 'speaker'] },
  ECHO_SHOW: { value: 'echo show', synonyms: ['echo show eight', 'echo show five', 'show', 'smart display'] },
  SMART_PLUG: { value: 'smart plug', synonyms: ['plug', 'smart plug bundle', 'echo dot bundle', 'bundle'] },
  FIRE_TV: { value: 'fire tv', synonyms: ['fire tv stick', 'fire stick', 'firestick', 'fire tv cube', 'streaming stick'] },
  REMOTE: { value: 'remote', synonyms: ['fire tv remote', 'voice remote', 'alexa voice remote', 'alexa remote', 'tv remote'] },
  CABLE: { value: 'cable', synonyms: ['charging cable', 'usb c cable', 'usb cable', 'charger', 'usb c charger', 'charging cord', 'cord', 'hdmi cable', 'lightning cable', 'power cable', 'power cord', 'usb c charging cable'] },
  BATTERIES: { value: 'batteries', synonyms: ['battery', 'double a batteries', 'triple a batteries'] },
  HEADPHONES: { value: 'headphones', synonyms: ['earbuds', 'headset', 'earphones', 'bluetooth headphones'] },
  BOOK: { value: 'book', synonyms: ['books', 'paperback', 'hardcover'] },
};

const item = `{${ORDER_SLOTS.item}}`;
const number = `{${ORDER_SLOTS.orderNumber}}`;

/** What customers call an order. */
const ORDER = ['order', 'package', 'parcel', 'delivery'];
/** An order the customer owns, in a few words: "my package", "the echo show", "my smart plug order". */
const MY_ORDER = [...phrases('my', [...ORDER, item, `${item} order`]), `the ${item}`];
/** An order named by its number: "the order ending in 0001", "order 0003". */
const NUMBERED = [...phrases(['the order', 'my order', 'order', 'the one'], 'ending in', number), `order ${number}`];
/** Every way of naming an order, by what it is or by its number. */
const ANY_ORDER = [...MY_ORDER, ...NUMBERED];
/** Orders and parts of orders said only when cancelling ("cancel everything i ordered"). */
const CANCEL_WHAT = [
  'an order', 'that order', 'this order', 'an item', 'something', 'one of my orders', 'everything i ordered', 'my whole order',
  'an order i placed by mistake', 'the order i just placed', ...phrases('the', item, ['i bought', 'i ordered']),
];
/** When a late order was due, said literally ("it was meant to come monday"). */
const DUE = ['', 'by now', 'today', 'yesterday', 'last week', 'by the weekend', 'days ago', 'three days ago', 'a week ago', 'monday', 'on monday', 'friday'];
/** What the customer was promised about a late order. */
const PROMISED = [
  'it was meant to come', 'it was supposed to come', 'it was supposed to arrive', 'it was supposed to be here', 'it should have come',
  'it said it would arrive', 'they said it would come', "they said it'd be here", 'they said it would be here',
];
/** How long the customer has been waiting. */
const WAITED = ["it's been ages", "it's been a week", "it's been days", "it's been four days"];
/** Still no order, said after when it was due. */
const STILL_WAITING = ["and i'm still waiting", "and it still isn't", "and it's still not here", "and it's been ages"];
/** A late order's state: "my order is running behind". */
const LATE = [
  'is late', 'is delayed', 'is running late', 'is running behind', 'is overdue', 'is taking forever', "hasn't come yet", "hasn't arrived yet",
  "still hasn't come", "didn't come on time", 'keeps getting pushed back', 'keeps getting delayed', 'is stuck in transit', "hasn't moved",
];
/** That it never came, after a delivered claim: "... but i never got it". */
const NOT_GOT = ["i never got it", "i don't have it", "i haven't seen it", "it's not here", "i didn't get it", "it isn't here", "i didn't get anything", "it didn't", "there's no box"];
/** Claims that an order arrived. */
const DELIVERED_CLAIMS = [
  ...phrases(['it says', 'tracking says', 'the app says'], ['delivered', 'it was delivered', 'it arrived']),
  "it's marked as delivered", 'it says my order arrived', 'it says my package arrived', 'i got a delivery notification',
  'the driver says he dropped it off', 'the driver says it was delivered',
];
/** Said of an order that was delivered somewhere else, or taken. */
const GONE = [
  'was stolen', 'got stolen', 'is missing', 'never came', 'never arrived', 'never showed up', 'was never delivered', 'went missing',
  'went to the wrong address', 'was delivered to the wrong address', 'were delivered to the wrong address', 'has gone missing',
];
/** Where a package was taken from. */
const DOORSTEP = ['', 'off the porch', 'from my porch', 'from my doorstep', 'from outside my door'];

const itemAndNumberSlots = [
  { name: ORDER_SLOTS.item, type: ORDER_SLOT_TYPES.item },
  { name: ORDER_SLOTS.orderNumber, type: ORDER_SLOT_TYPES.orderNumber },
];

export const ordersFragment: ModelFragment = {
  types: [slotType(ORDER_SLOT_TYPES.item, itemWords)],
  intents: [
    {
      name: ORDER_INTENTS.status,
      slots: itemAndNumberSlots,
      samples: samples(
        'order status', 'read my orders', 'tell me about my orders', 'track my orders', 'check my orders', "where's my stuff", "when's my stuff arriving",
        phrases(["where's", 'where is', 'track', 'check', 'check on', 'can you check on', "what's the status of", 'status of', "what's happening with", 'any update on', 'any updates on', "what's the eta on", "what's the tracking on", "how's"], ANY_ORDER),
        phrases(["where's", 'check', 'check on', "how's"], ORDER.map((o) => `my ${o}`), ['please', 'at', 'right now', 'doing', 'status please']),
        phrases(NUMBERED, ['', 'where is it', "what's the status"]),
        phrases(['when is', "when's"], MY_ORDER, ['arriving', 'coming', 'getting here', 'due']),
        phrases(['when will', 'when does'], MY_ORDER, ['arrive', 'get here', 'come', 'be delivered', 'ship']),
        phrases('is', MY_ORDER, ['on its way', 'on the way', 'out for delivery']),
        phrases(['has', 'did'], MY_ORDER, ['shipped', 'shipped yet', 'ship', 'ship yet']),
        phrases(['can you', 'can you find out', 'can you tell me'], ['where', 'when'], MY_ORDER, ['is', 'is coming', 'is right now']),
        phrases(['what about', 'how about', 'and'], ANY_ORDER),
        phrases(['', 'can you'], ['read me', 'tell me', 'give me', 'list'], ['my orders', 'my recent orders', 'all my orders', 'my order status']),
      ),
    },
    {
      name: ORDER_INTENTS.late,
      slots: itemAndNumberSlots,
      samples: samples(
        phrases(ANY_ORDER, LATE),
        phrases(['why is', 'how come'], MY_ORDER, ['so late', 'taking so long', 'delayed', 'late', 'not here yet']),
        phrases('how come', MY_ORDER, ['is so late', 'is late', 'is taking so long']),
        phrases(["why hasn't", "how come"], MY_ORDER, ['come yet', 'arrived yet'], ['', WAITED[0]]),
        phrases(PROMISED, DUE),
        phrases(PROMISED, ['last week', 'by the weekend'], STILL_WAITING),
        phrases(MY_ORDER, ['was supposed to come', 'was supposed to be here', 'should have come', 'should have arrived', "should've been here"], ['', 'by now', 'yesterday', 'three days ago', 'last week']),
        phrases(['the delivery date has passed', "it's past the delivery date"], ['', "and i still don't have it", ...phrases("and i still don't have", MY_ORDER)]),
        phrases(["i'm still waiting on", "i'm still waiting for"], MY_ORDER, ['', "it should've been here by now", WAITED[0]]),
        phrases(['it says', 'the tracking says', 'it shows'], ['delayed', "it's delayed"], ['', 'on the tracking', 'in the app']),
        phrases(['the tracking', 'tracking', 'my tracking'], ["hasn't moved", "hasn't updated", "hasn't changed"], ['', 'in days', 'for days', 'in a week']),
        phrases(['it was supposed to be', 'i paid for'], ['next day delivery', 'two day delivery', 'next day shipping'], ['', "and it's still not here", ...phrases('and', WAITED)]),
      ),
    },
    {
      name: ORDER_INTENTS.notReceived,
      slots: itemAndNumberSlots,
      samples: samples(
        phrases([...ANY_ORDER, `my new ${item}`], GONE),
        phrases('i think', ORDER.map((o) => `my ${o}`), ['was stolen', 'got stolen', 'is missing', 'went missing']),
        phrases(["my order's", "my package's", "my parcel's"], ['gone missing', 'been stolen', 'disappeared']),
        phrases(DELIVERED_CLAIMS, 'but', NOT_GOT),
        phrases(ANY_ORDER, ['says delivered', 'shows as delivered'], 'but', NOT_GOT.slice(0, 6)),
        phrases(['apparently', 'it says'], MY_ORDER, 'was delivered', ['', 'yesterday'], 'but', NOT_GOT.slice(0, 4)),
        phrases(['i never got', 'i never received', "i didn't get", "i still haven't got", "i still haven't received"], ANY_ORDER),
        phrases(["i didn't get", 'i never got'], ORDER.map((o) => `my ${o}`), ['but it says it was delivered', 'but it says delivered']),
        phrases(['someone stole', 'someone took'], [...MY_ORDER.slice(0, 6), `the ${item} box`], DOORSTEP),
        phrases(['somebody stole', 'somebody took', 'someone must have taken', 'someone must have stolen'], [...MY_ORDER.slice(0, 6), `the ${item} box`]),
        phrases(["i can't find", 'i cannot find'], MY_ORDER, ['', 'anywhere']),
        phrases(["i've looked everywhere", "i've checked everywhere"], ['', "and it's not here", "and the neighbours don't have it", "and the neighbours don't have it either"]),
        phrases(['the delivery photo shows', 'the photo shows'], ["a door that isn't mine", "someone else's door", 'the wrong house']),
      ),
    },
    {
      name: ORDER_INTENTS.cancel,
      slots: itemAndNumberSlots,
      samples: samples(
        phrases(['', 'please', 'can you', 'could you', 'i want to', "i'd like to", 'i need to', 'can i', 'can i still', 'how do i'], 'cancel', [...ANY_ORDER, ...CANCEL_WHAT]),
        phrases(['', 'please', 'i want to', "i'd like to"], ['call off', 'stop'], ['my order', `my ${item} order`, `the ${item}`]),
        phrases(['can i still', 'can i', 'is it too late to'], 'cancel', ['my order', 'it', `my ${item}`, `the ${item}`], ['before it ships', 'before it ships out', 'before it goes out']),
        phrases(['please', '', 'can you'], 'stop', ['my order', 'the order', 'my package', `my ${item}`, `the ${item}`], ['from shipping', 'from being shipped']),
        phrases(['', 'please', 'can you'], ['stop', 'cancel'], ['the order for', 'my order for'], ['', 'the', 'my'], item),
        phrases(['', 'please', 'can you'], ['take', 'remove'], ['the', 'my'], item, ['off my order', 'from my order', 'off the order', 'off']),
        phrases(["i don't want", 'i no longer want', "i don't need", "i've changed my mind about"], ['my', 'the', 'that'], [item, 'order', `${item} order`], ['', 'anymore']),
        phrases(['i ordered', 'i bought', 'i accidentally ordered'], ['a', 'the'], item, ['by mistake', 'twice'], ['', 'cancel it', 'cancel one of them', 'can i cancel it']),
        phrases(['i ordered', 'i bought'], ['the wrong thing', 'the wrong item', 'the wrong one', 'something by mistake'], ['', 'can i cancel', 'can i cancel it', 'please cancel it', 'cancel it']),
      ),
    },
    {
      name: ORDER_INTENTS.more,
      samples: samples(
        'hear more', 'more orders', 'tell me more', 'the rest', 'read the rest', 'the other orders', 'read me the others',
        phrases(['', 'and'], ['read', 'tell me', 'read me', ''], ['the rest', 'the others', 'the other ones', 'the other orders', 'my other orders', 'the rest of them', 'the rest of my orders', 'more'], ['', 'please']),
        phrases(['', 'any', 'are there any', 'what'], ['more', 'other'], ['orders', 'ones', 'packages'], ['', 'please', 'do i have']),
        phrases(['what about', 'how about', 'and'], ['my other', 'the other'], ['orders', 'packages', 'ones', 'deliveries']),
        phrases(['keep going', 'carry on', 'continue', 'go on'], ['with the orders', 'with my orders', 'with the list']),
        phrases(['', 'and', 'okay'], ['what else', 'next order', 'the next one', 'any other orders', 'anything else']),
      ),
    },
  ],
};
