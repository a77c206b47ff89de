import {
  ORDER_PROBLEM_INTENTS as I,
  ORDER_PROBLEM_SLOTS as S,
  ORDER_PROBLEM_SLOT_TYPES as T,
  type AddressName,
  type CardType,
  type OrderChangeKind,
} from '../../lambda/vocabulary/order-problems';
import { ORDER_SLOTS, ORDER_SLOT_TYPES } from '../../lambda/vocabulary/orders';
import { phrases, samples, slotType, type ModelFragment, type SlotWords } from '../model-types';
import { ASKING, OPENERS, WANTING } from './carriers';

const changeWords: SlotWords<OrderChangeKind> = {
  QUANTITY: { value: 'quantity', synonyms: ['the quantity', 'how many', 'the number of items', 'the amount'] },
  ADDRESS: { value: 'address', synonyms: ['the address', 'shipping address', 'the shipping address', 'delivery address', 'the delivery address', 'where it goes', 'where it ships'] },
  PAYMENT: { value: 'payment method', synonyms: ['the payment method', 'payment', 'the payment', 'the card', 'card', 'how i pay', 'the credit card'] },
};

const addressWords: SlotWords<AddressName> = {
  HOME: { value: 'home', synonyms: ['my house', 'my home', 'the house'] },
  WORK: { value: 'work', synonyms: ['the office', 'office', 'my office', 'my work'] },
  FAMILY: { value: "mom's house", synonyms: ["mom's", "my mom's", "my mom's house", "mum's", "my parents'", "dad's", "my dad's"] },
};

const cardWords: SlotWords<CardType> = {
  VISA: { value: 'visa', synonyms: ['visa card'] },
  MASTERCARD: { value: 'mastercard', synonyms: ['master card'] },
  AMEX: { value: 'amex', synonyms: ['american express'] },
  DISCOVER: { value: 'discover', synonyms: ['discover card'] },
  GIFT_CARD: { value: 'gift card', synonyms: ['gift card balance', 'my balance', 'gift balance'] },
};

const item = `{${ORDER_SLOTS.item}}`;
const number = `{${ORDER_SLOTS.orderNumber}}`;
const itemSlots = [
  { name: ORDER_SLOTS.item, type: ORDER_SLOT_TYPES.item },
  { name: ORDER_SLOTS.orderNumber, type: ORDER_SLOT_TYPES.orderNumber },
];
/** "the echo dot i got", every way a customer says it came to them. */
const THE_ITEM_I_GOT = phrases(['the', 'my', 'this'], item, ['i got', 'i received', 'i ordered', 'you sent', 'you sent me', 'that came', 'that arrived', 'that was delivered', 'i just got']);
const MY_NEW_ITEM = phrases(['my new', 'the new'], item);
const FOR_ORDER = ['', `from the order ending in ${number}`, `in order ${number}`];

export const orderProblemsFragment: ModelFragment = {
  types: [slotType(T.change, changeWords), slotType(T.address, addressWords), slotType(T.card, cardWords)],
  intents: [
    {
      name: I.damaged,
      slots: itemSlots,
      samples: samples(
        phrases([...THE_ITEM_I_GOT, ...MY_NEW_ITEM], ['is broken', 'is damaged', 'is cracked', 'is smashed', 'came broken', 'arrived broken', 'arrived damaged', 'came damaged', 'was broken when it came', 'was damaged in the box']),
        phrases(['my', 'the'], [item, 'order', 'package'], ['arrived damaged', 'came damaged', 'arrived broken', 'came broken', 'was damaged in shipping', 'was damaged in transit', 'got damaged in the mail']),
        phrases(OPENERS.slice(0, 4), ['my', 'the'], ['package', 'box', 'order'], ['was crushed', 'arrived crushed', 'came crushed', 'was damaged', 'was wet and damaged']),
        phrases(['i got a', 'i received a', 'you sent me a'], ['broken', 'damaged', 'cracked', 'smashed'], item),
        phrases(['', 'i have a'], 'damaged item', ['', 'in my order', 'from my order']),
        phrases(WANTING.slice(0, 4), ['report a damaged', 'report a broken'], [item, 'item', 'order', 'package'], FOR_ORDER),
        phrases(['it', 'everything', 'the item'], ['arrived damaged', 'came damaged', 'arrived broken', 'came broken']),
      ),
    },
    {
      name: I.defective,
      slots: itemSlots,
      samples: samples(
        phrases([...THE_ITEM_I_GOT, ...MY_NEW_ITEM], ["doesn't work", 'does not work', "isn't working", "won't turn on", 'is defective', 'is faulty', 'is dead on arrival', 'stopped working already', 'never worked', 'is a dud']),
        phrases(['i got a', 'i received a', 'you sent me a'], ['defective', 'faulty', 'dead'], item),
        phrases(['the', 'my'], item, ['i ordered', 'i bought'], ['is defective', 'came defective', 'arrived defective', 'was dead on arrival']),
        phrases(WANTING.slice(0, 4), ['report a defective', 'report a faulty'], [item, 'item', 'product']),
        phrases(['', 'i have a'], ['defective item', 'faulty item', 'defective product'], ['', 'in my order', 'from my order']),
        phrases(['the', 'my'], item, ['', 'i got', 'i ordered'], ['has blank pages', 'has printing errors', 'is misprinted', 'has faded print', 'has smudged print']),
        phrases(['', 'i want a', 'i need a', 'can i get a', 'send me a'], 'replacement', ['for my', 'for the'], [item, 'order', 'item']),
        phrases(ASKING.slice(0, 4), 'replace', ['my', 'the'], [item, 'item'], ['', 'i got', 'i ordered']),
      ),
    },
    {
      name: I.wrongItem,
      slots: itemSlots,
      samples: samples(
        phrases(['they', 'you', 'amazon'], ['sent me', 'sent', 'shipped me', 'gave me'], ['the wrong', 'a different'], [item, 'item', 'thing', 'product', 'size', 'color']),
        phrases(['i got', 'i received', 'i was sent'], ['the wrong', 'a different'], [item, 'item', 'thing', 'product', 'order'], ['', 'in my package', 'in the box']),
        phrases(['this is not', "this isn't", "that's not", "it's not"], ['the', 'my'], [item, 'item'], ['i ordered', 'i bought']),
        phrases(['wrong item', 'the wrong item', 'wrong item was sent'], ['', 'in my order', 'in my package']),
        phrases(['the', 'my'], [item, 'package', 'order'], ['is the wrong one', 'has the wrong item in it', 'had the wrong item', 'is not what i ordered', "isn't what i ordered"]),
        phrases(['instead of my', 'instead of the'], item, ['i got something else', 'they sent something else', 'i received something else']),
      ),
    },
    {
      name: I.missingItem,
      slots: itemSlots,
      samples: samples(
        phrases(['my', 'the'], item, ['was missing from', 'were missing from', "wasn't in", "weren't in", 'was not in', 'were not in'], ['my', 'the'], ['package', 'box', 'order', 'delivery']),
        phrases(['my', 'the'], ['package', 'box', 'order', 'delivery'], ['came without', 'arrived without', 'was missing'], ['my', 'the'], item),
        phrases(['an item is', 'something is', 'one item is', 'an item was', 'something was', 'one thing was', 'part of my order is', 'part of my order was'], 'missing', ['', 'from my package', 'from my order', 'from the box']),
        phrases(['my', 'the'], ['package', 'box', 'order'], ['is missing an item', 'was missing an item', 'is missing something', 'came incomplete', 'was incomplete', 'only had part of my order']),
        phrases(["i didn't get", 'i only got'], ['part of my order', 'everything i ordered', 'all my items', 'all of my order']),
        phrases(['where is the rest of my', "where's the rest of my"], ['order', 'package']),
      ),
    },
    {
      name: I.returnItem,
      slots: itemSlots,
      samples: samples(
        phrases(WANTING, ['return', 'send back'], ['my', 'the', 'this', 'a'], [item, 'item', `${item} i got`, `${item} i ordered`], ['', 'please']),
        phrases(ASKING, ['start a return for', 'return', 'set up a return for', 'help me return'], ['my', 'the'], [item, 'item', 'order'], ['', 'please']),
        phrases(['how do i', 'how can i', 'can i still', 'is it too late to'], ['return', 'send back'], ['my', 'the', 'this'], [item, 'item', 'order']),
        phrases(['', 'i need a', 'send me a', 'can i get a'], ['return label', 'return qr code', 'qr code for my return'], ['', 'for my', 'for the'].flatMap((f) => (f ? [`${f} ${item}`] : [''])).map((s) => s.trim())),
        phrases(['', 'i want to', "i'd like to"], ['start a return', 'make a return', 'return an item', 'return something'], ['', 'please']),
        phrases(['return', 'send back'], THE_ONE_ENDING()),
      ),
    },
    {
      name: I.refundStatus,
      slots: itemSlots,
      samples: samples(
        phrases(OPENERS.slice(0, 4), ["where's my", 'where is my', 'what happened to my', "what's happening with my", 'any news on my', 'status of my', "what's the status of my", 'check on my', 'check my'], ['refund', 'return', 'money'], ['', `for the ${item}`, `for my ${item}`]),
        phrases(['when will i get', 'when do i get', 'when am i getting', 'when will i see'], ['my refund', 'my money back', 'the refund', 'the money'], ['', `for the ${item}`, `for my ${item}`]),
        phrases(['have you', 'did you', 'has amazon'], ['refunded me', 'issued my refund', 'processed my refund', 'received my return', 'got my return'], ['', `for the ${item}`]),
        phrases(["i haven't", "i still haven't", 'i never'], ['got', 'received', 'gotten'], ['my refund', 'my money back', 'the refund'], ['', `for the ${item}`, 'yet']),
        phrases(['is my', 'has my'], ['refund', 'return'], ['', `for the ${item}`], ['done', 'processed', 'been processed', 'been issued', 'gone through', 'arrived']),
        phrases(['', 'i want to', 'can you'], ['track my return', 'track my refund', 'check my refund status', 'check my return status']),
      ),
    },
    {
      name: I.changeOrder,
      slots: [
        ...itemSlots,
        { name: S.change, type: T.change },
        { name: S.quantity, type: T.quantity },
        { name: S.address, type: T.address },
        { name: S.card, type: T.card },
        { name: S.cardDigits, type: T.cardDigits },
      ],
      samples: samples(
        phrases(WANTING.slice(0, 8), ['change', 'update', 'edit', 'fix'], ['my order', 'the order', `my ${item} order`, `the order ending in ${number}`]),
        phrases(WANTING.slice(0, 8), ['change', 'update', 'edit', 'fix'], `{${S.change}}`, ['', 'on my order', 'for my order', `on my ${item} order`, `for my ${item} order`, `on the order ending in ${number}`]),
        phrases(ASKING.slice(0, 4), ['change', 'update'], `{${S.change}}`, ['', 'please']),
        phrases(['', 'change', 'the'], `{${S.change}}`, ['', 'please']).filter((p) => p !== `{${S.change}}`),
        phrases(ASKING.slice(0, 4), ['send it to', 'ship it to', 'deliver it to', 'send my order to', 'ship my order to', `send my ${item} to`, `ship my ${item} to`, 'change the address to', 'use'], [`{${S.address}}`, `my {${S.address}} address`, `the {${S.address}} address`], ['', 'instead', 'please']),
        phrases(['', 'to'], [`{${S.address}}`], ['address', 'please']),
        phrases(ASKING.slice(0, 4), ['pay with', 'use', 'charge it to', 'switch to', 'change the card to', 'change the payment to'], ['my', 'the'], [`{${S.card}}`, `{${S.card}} card`, `card ending in {${S.cardDigits}}`, `{${S.card}} ending in {${S.cardDigits}}`], ['', 'instead', 'please']),
        // "Make it two instead" is a callback moved to 2 PM: quantities are said with what they count.
        phrases(ASKING.slice(0, 4), ['change the quantity to', 'i want', 'i only want', 'i need', 'make it'], `{${S.quantity}}`, ['of them', 'of those', 'of them please', 'of those please']),
        phrases(ASKING.slice(0, 4), 'change the quantity to', `{${S.quantity}}`, ['', 'please']),
        phrases(['i ordered the wrong', 'i put the wrong'], ['address', 'quantity', 'card'], ['', 'on my order']),
      ),
    },
    {
      name: I.unknownCharge,
      slots: [
        { name: S.amount, type: T.amount },
        { name: S.date, type: T.date },
      ],
      samples: samples(
        // "There's a charge I don't recognise" is the support entry's, which brings it here through triage.
        phrases(OPENERS.slice(0, 4), ["what's this", 'what is this', "what's that", 'what is that', 'i see a', 'i found a'], ['charge', 'payment', 'amazon charge', 'charge from amazon', 'charge on my card', 'charge on my statement', 'charge on my bank statement'], ['', "i don't recognize", "i don't recognise", 'i did not make']),
        phrases(["i don't recognize", "i don't recognise", 'i did not make', "i didn't make", "i didn't authorize"], ['a', 'this', 'the', 'a recent'], ['charge', 'payment', 'purchase', 'amazon charge'], ['', 'on my card', 'on my statement']),
        phrases(['what was', "what's", 'what is'], ['the', 'this', 'that', 'a'], ['charge', 'payment'], ['for', 'of'], [`{${S.amount}} dollars`, `{${S.amount}}`], ['', `on {${S.date}}`]),
        phrases(['what was', "what's", 'what is'], ['the', 'this', 'that'], ['charge', 'payment'], ['on', 'from'], `{${S.date}}`),
        phrases(['i was charged', 'amazon charged me', 'you charged me', 'someone charged my card'], ['', `{${S.amount}} dollars`, `{${S.amount}}`], ['', `on {${S.date}}`], ['', 'for something i did not buy', "and i don't know why", 'and i did not order anything']),
        phrases(['why was i charged', 'why did you charge me', 'why did amazon charge me'], ['', `{${S.amount}} dollars`], ['', `on {${S.date}}`]),
        phrases(['', 'i think'], ['my card was used', 'someone used my card', 'there is fraud on my card', "there's a fraudulent charge"]),
      ),
    },
    {
      name: I.history,
      slots: [{ name: S.date, type: T.date }],
      samples: samples(
        phrases(['what did i order', 'what did i buy', 'what have i ordered', 'what have i bought', 'what orders did i place', 'which orders did i place'], ['', `{${S.date}}`, `on {${S.date}}`]),
        phrases(['', 'read me', 'tell me', 'show me', 'what is', "what's"], ['my order history', 'my past orders', 'my previous orders', 'my purchase history'], ['', `from {${S.date}}`, `for {${S.date}}`]),
        phrases(['did i order anything', 'did i buy anything', 'what did we order'], ['', `{${S.date}}`, `on {${S.date}}`]),
      ),
    },
  ],
};

/** "the order ending in 0007", for returns named by number. */
function THE_ONE_ENDING(): string[] {
  return phrases(['the order', 'the one', 'order'], ['ending in', 'that ends in'], number);
}
