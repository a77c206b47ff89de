import { DIAGNOSIS_INTENTS as D, NAVIGATION_INTENTS as N } from '../vocabulary/diagnosis';
import { ORDER_INTENTS } from '../vocabulary/orders';
import { ORDER_PROBLEM_INTENTS } from '../vocabulary/order-problems';
import { ROUTING_INTENTS as R } from '../vocabulary/routing';
import { BUILT_IN_INTENTS as B, SUPPORT_INTENTS as S } from '../vocabulary/support';

/** The conversation areas that ask questions; each area answers its own. */
export type QuestionArea = 'support' | 'diagnosis' | 'orders' | 'orderProblem' | 'routing';

/** What happens when a question has been missed twice in a row: never a third identical question. */
export type AfterTwoMisses =
  /** The team that owns what was learned so far, by chat or callback; with no team known, which team. */
  | 'OFFER_PERSON'
  /** Leave the question unanswered (nothing is done or changed) and ask what else the customer needs. */
  | 'MOVE_ON'
  /** Say how to come back, and close. */
  | 'END';

export interface Question {
  area: QuestionArea;
  /** The intents that answer it; any other intent is a new request, a built-in, or a miss. */
  answers: readonly string[];
  /** A miss is re-asked by the desk ('REASK'), or by the area, which rephrases it in its own words ('AREA'). */
  onMiss: 'REASK' | 'AREA';
  afterTwoMisses: AfterTwoMisses;
}

const YES_NO = [B.yes, B.no] as const;
const yesNo = (area: QuestionArea, afterTwoMisses: AfterTwoMisses): Question => ({ area, answers: YES_NO, onMiss: 'REASK', afterTwoMisses });
const words = (area: QuestionArea, answers: readonly string[], afterTwoMisses: AfterTwoMisses): Question => ({ area, answers, onMiss: 'REASK', afterTwoMisses });

/** A troubleshooting step's answers: how it went, and moving through the steps. */
const STEP_ANSWERS = [B.yes, B.no, D.itWorked, D.didNotHelp, D.alreadyTried, D.wait, D.resume, N.next, N.previous] as const;

/**
 * Every question the skill asks, by the id kept in the session while it waits for the answer. The registry,
 * not the order of the handlers, decides who takes the next request (see `routeOf`).
 */
export const QUESTIONS = {
  'support.topic': words('support', [S.support], 'OFFER_PERSON'),
  'support.device': words('support', [S.support, D.describeProblem], 'OFFER_PERSON'),
  /** Which team, for a customer who asked for a person. */
  'support.agentTopic': words('support', [S.support, D.describeProblem], 'END'),
  'support.anythingElse': yesNo('support', 'END'),

  'diagnosis.step': { area: 'diagnosis', answers: STEP_ANSWERS, onMiss: 'AREA', afterTwoMisses: 'OFFER_PERSON' },
  'diagnosis.paused': words('diagnosis', STEP_ANSWERS, 'OFFER_PERSON'),
  'diagnosis.confirmDevice': yesNo('diagnosis', 'OFFER_PERSON'),
  'diagnosis.askDevice': words('diagnosis', [S.support, D.describeProblem], 'OFFER_PERSON'),
  'diagnosis.whichDevice': words('diagnosis', [S.support, D.describeProblem], 'OFFER_PERSON'),
  'diagnosis.askSymptom': words('diagnosis', [S.support, D.describeProblem], 'OFFER_PERSON'),
  'diagnosis.offerTeam': yesNo('diagnosis', 'MOVE_ON'),
  /** "I can book that now, or we could try a one-minute fix first", for a customer who asked for a person. */
  'diagnosis.fixFirst': yesNo('diagnosis', 'OFFER_PERSON'),
  'diagnosis.resume': yesNo('diagnosis', 'MOVE_ON'),

  'orders.more': yesNo('orders', 'MOVE_ON'),
  'orders.which': words('orders', [ORDER_INTENTS.status, ...YES_NO], 'OFFER_PERSON'),
  'orders.confirmCancel': yesNo('orders', 'MOVE_ON'),
  'orders.offerTeam': yesNo('orders', 'MOVE_ON'),
  'orders.sellerSilent': yesNo('orders', 'OFFER_PERSON'),

  'orderProblem.troubleshootFirst': yesNo('orderProblem', 'OFFER_PERSON'),
  'orderProblem.replace': yesNo('orderProblem', 'OFFER_PERSON'),
  'orderProblem.refund': yesNo('orderProblem', 'OFFER_PERSON'),
  'orderProblem.confirmReturn': yesNo('orderProblem', 'MOVE_ON'),
  'orderProblem.changeWhat': words('orderProblem', [ORDER_PROBLEM_INTENTS.changeOrder, B.no], 'OFFER_PERSON'),
  'orderProblem.confirmChange': yesNo('orderProblem', 'MOVE_ON'),
  'orderProblem.isItThisCharge': yesNo('orderProblem', 'OFFER_PERSON'),

  'routing.channel': words('routing', [...YES_NO, R.chooseChannel, R.scheduleCallback], 'MOVE_ON'),
  'routing.alternative': words('routing', [...YES_NO, R.scheduleCallback, R.chooseChannel], 'MOVE_ON'),
  'routing.time': words('routing', [R.scheduleCallback], 'MOVE_ON'),
  'routing.phone': words('routing', [R.givePhoneNumber, B.no], 'MOVE_ON'),
  /** Alexa answers a permission request with a SessionResumedRequest; spoken words are not an answer. */
  'routing.consent': words('routing', [], 'MOVE_ON'),
  'routing.confirmBooking': yesNo('routing', 'MOVE_ON'),
  'routing.retryBooking': yesNo('routing', 'MOVE_ON'),
  'routing.reminder': yesNo('routing', 'END'),
  'routing.chatInstead': yesNo('routing', 'MOVE_ON'),
  'routing.callbackInstead': yesNo('routing', 'MOVE_ON'),
  'routing.confirmMove': yesNo('routing', 'MOVE_ON'),
  'routing.confirmCancel': yesNo('routing', 'MOVE_ON'),
} as const satisfies Record<string, Question>;

export type QuestionId = keyof typeof QUESTIONS;
/** The questions of one area ("orders.more", "orders.which", ...), for a switch that must cover them all. */
export type AreaQuestion<A extends string> = Extract<QuestionId, `${A}.${string}`>;
export const QUESTION_IDS = Object.keys(QUESTIONS) as [QuestionId, ...QuestionId[]];

/** The built-ins that mean the same mid-question as anywhere: they leave the question where it is. */
export const BUILT_INS = [B.help, B.stop, B.cancel, B.navigateHome, B.repeat, B.startOver, S.talkToAgent] as const;

/** Intents that ask for something new, by the area that takes them: mid-question a change of subject, never a miss. */
export const NEW_REQUESTS: Readonly<Record<string, QuestionArea>> = {
  [S.support]: 'support',
  [D.describeProblem]: 'diagnosis',
  ...Object.fromEntries(Object.values(ORDER_INTENTS).map((intent) => [intent, 'orders'])),
  ...Object.fromEntries(Object.values(ORDER_PROBLEM_INTENTS).map((intent) => [intent, 'orderProblem'])),
  [R.chooseChannel]: 'routing',
  [R.scheduleCallback]: 'routing',
  [R.callbackStatus]: 'routing',
  [R.moveCallback]: 'routing',
  [R.cancelCallback]: 'routing',
};

/** What an intent is to the question waiting for an answer. */
export type Route =
  /** It answers the question: the question's area takes it. */
  | 'ANSWER'
  /** A new request: its own area takes it, whatever was asked. */
  | 'NEW_REQUEST'
  /** Help, stop, repeat, start over, a person: the same everywhere. */
  | 'BUILT_IN'
  /** It fits neither (words the model could not place, a yes to a question that wants a time). */
  | 'MISS';

export function routeOf(question: QuestionId, intent: string): Route {
  if ((QUESTIONS[question].answers as readonly string[]).includes(intent)) return 'ANSWER';
  if ((BUILT_INS as readonly string[]).includes(intent)) return 'BUILT_IN';
  if (Object.hasOwn(NEW_REQUESTS, intent)) return 'NEW_REQUEST';
  return 'MISS';
}

export function isQuestionId(id: string | undefined): id is QuestionId {
  return id !== undefined && Object.hasOwn(QUESTIONS, id);
}

/** The area whose question is waiting for an answer, if any. */
export function pendingArea(state: { pending?: { id: QuestionId } }): QuestionArea | undefined {
  return state.pending && QUESTIONS[state.pending.id].area;
}
