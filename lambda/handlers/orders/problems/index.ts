import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent } from '../../../conversation/matchers';
import type { Turn } from '../../../conversation/turn';
import type { ItemComplaint } from '../../../domain/orders/problems';
import type { OrderProblemEntry } from '../../../domain/support/triage';
import { ORDER_PROBLEM_INTENTS as I } from '../../../vocabulary/order-problems';
import { BUILT_IN_INTENTS as B } from '../../../vocabulary/support';
import { anythingElse } from '../load';
import { intentHandler, turnHandler } from '../../turn-handler';
import { changeOrder, confirmChange, parseChangeAsked } from './change-order';
import { answerCharge, parseChargeQuestion, unknownCharge } from './charges';
import { orderHistory } from './history';
import { answerRefund, answerReplacement, answerTroubleshoot, itemProblem, ItemAskedSchema } from './item-problems';
import { refundStatus, startReturnFlow } from './returns';
import { pendingArea, type AreaQuestion } from '../../../conversation/questions';

/** An order problem's intent: the topic becomes orders, so a person asked for mid-way is the orders team. */
const intent = (name: string, handle: (turn: Turn) => Promise<Response>) =>
  intentHandler(name, (turn) => {
    turn.state.topic = 'ORDER';
    return handle(turn);
  });

const complaint = (name: string, kind: ItemComplaint) => intent(name, (turn) => itemProblem(turn, kind));

/** Yes and no to the questions order problems asked; data that no longer parses starts the flow again. */
const problemAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingArea(turn.state) === 'orderProblem',
  async handle(turn) {
    const pending = turn.state.pending!;
    const yes = isIntent(turn.input, B.yes);
    delete turn.state.pending;
    const item = ItemAskedSchema.safeParse(pending.data);
    // Only the area's own questions get here (see canHandle).
    switch (pending.id as AreaQuestion<'orderProblem'>) {
      case 'orderProblem.troubleshootFirst':
        if (item.success) return answerTroubleshoot(turn, item.data, yes);
        break;
      case 'orderProblem.replace':
        if (item.success) return answerReplacement(turn, item.data, yes);
        break;
      case 'orderProblem.refund':
      case 'orderProblem.confirmReturn':
        if (item.success) return answerRefund(turn, item.data, yes);
        break;
      case 'orderProblem.confirmChange': {
        const change = parseChangeAsked(pending.data);
        if (change.success) return confirmChange(turn, change.data, yes);
        break;
      }
      case 'orderProblem.isItThisCharge': {
        const charge = parseChargeQuestion(pending.data);
        if (charge.success) return answerCharge(turn, charge.data, yes);
        break;
      }
      case 'orderProblem.changeWhat': // "no" to "what would you like to change?"
        break;
    }
    return anythingElse(turn, turn.speech('orders.okay')).getResponse();
  },
});

/** Where triage sends a return, refund or charge topic. */
export function orderProblemHelp(turn: Turn, problem: OrderProblemEntry): Promise<Response> {
  if (problem === 'REFUND_STATUS') return refundStatus(turn);
  return problem === 'UNKNOWN_CHARGE' ? unknownCharge(turn) : startReturnFlow(turn);
}

/** The order-problem handlers, registered with the orders area's. */
export function problemHandlers(): RequestHandler[] {
  return [
    complaint(I.damaged, 'DAMAGED'),
    complaint(I.defective, 'DEFECTIVE'),
    complaint(I.wrongItem, 'WRONG_ITEM'),
    complaint(I.missingItem, 'MISSING'),
    intent(I.returnItem, startReturnFlow),
    intent(I.refundStatus, refundStatus),
    intent(I.changeOrder, changeOrder),
    intent(I.unknownCharge, unknownCharge),
    intent(I.history, orderHistory),
    problemAnswer,
  ];
}
