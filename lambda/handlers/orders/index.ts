/** The orders area: reading orders out, their problems (late, missing, returns, refunds, charges, changes), cancelling. */
import { isIntent } from '../../conversation/matchers';
import { BUILT_IN_INTENTS as B } from '../../vocabulary/support';
import { ORDER_INTENTS } from '../../vocabulary/orders';
import type { AreaHandlers } from '../area';
import { handOff } from '../handoff';
import { intentHandler, turnHandler } from '../turn-handler';
import { answerCancel, startCancel } from './cancelling';
import { anythingElse } from './load';
import { problemHandlers } from './problems';
import { complain } from './problems/delivery';
import { readMore, readOrders } from './reading';
import { pendingArea, type AreaQuestion } from '../../conversation/questions';

export { readOrders } from './reading';
export { orderProblemHelp } from './problems';

/** Yes and no to the questions this area asked. */
const orderAnswer = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingArea(turn.state) === 'orders',
  async handle(turn) {
    const t = turn.speech;
    const pending = turn.state.pending!;
    const yes = isIntent(turn.input, B.yes);
    delete turn.state.pending;
    // Only the area's own questions get here (see canHandle).
    switch (pending.id as AreaQuestion<'orders'>) {
      case 'orders.more':
        return yes ? readMore(turn) : anythingElse(turn, t('orders.okay')).getResponse();
      case 'orders.confirmCancel':
        return answerCancel(turn, pending.data, yes);
      case 'orders.offerTeam':
        if (yes && turn.state.handoff) return handOff(turn, turn.state.handoff);
        return anythingElse(turn, t('orders.okay')).getResponse();
      case 'orders.sellerSilent': {
        if (yes && turn.state.handoff) return handOff(turn, turn.state.handoff);
        const seller = typeof pending.data?.seller === 'string' ? pending.data.seller : t('orders.theSeller');
        return anythingElse(turn, t('orders.seller.contactFirst', { seller })).getResponse();
      }
      case 'orders.which':
        return yes ? readOrders(turn) : anythingElse(turn, t('orders.okay')).getResponse();
    }
  },
});

/** The orders area's handlers (its problems' among them), to be registered before the support entry's. */
export const areaHandlers: AreaHandlers = () => [
  intentHandler(ORDER_INTENTS.status, readOrders),
  intentHandler(ORDER_INTENTS.late, (turn) => complain(turn, 'LATE')),
  intentHandler(ORDER_INTENTS.notReceived, (turn) => complain(turn, 'NOT_RECEIVED')),
  intentHandler(ORDER_INTENTS.cancel, startCancel),
  intentHandler(ORDER_INTENTS.more, readMore),
  ...problemHandlers(),
  orderAnswer,
];
