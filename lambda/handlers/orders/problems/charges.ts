import { getSlotValue } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { deviceTimeZone } from '../../../alexa/services';
import type { Turn } from '../../../conversation/turn';
import type { Charge } from '../../../domain/model';
import { candidateCharges, pastDaySpan } from '../../../domain/orders/problems';
import { wallTime } from '../../../domain/routing/zoned-time';
import { digits, text } from '../../../speech/ssml';
import { spokenDay } from '../../../speech/when';
import { ORDER_PROBLEM_SLOTS as S } from '../../../vocabulary/order-problems';
import { lastDigits } from '../../../domain/orders/matching';
import { anythingElse } from '../load';
import { money, offerTeam, readBackend, teamHandoff } from './common';

/** At most this many charges are asked about before the orders team is offered. */
const ASK_AT_MOST = 3;

/** The charges still to ask about, most likely first. */
const ChargeQuestionSchema = z.object({ chargeIds: z.array(z.string()).check(z.minLength(1)), clue: z.string() });
export const parseChargeQuestion = (data: unknown) => ChargeQuestionSchema.safeParse(data);

/** What the customer remembers, in words for the agent ("$24 on 2026-11-24"). */
function clueWords(amount: number | undefined, day: string | undefined): string {
  return [amount !== undefined ? `$${amount}` : '', day ? `on ${day}` : ''].filter(Boolean).join(' ') || 'nothing specific';
}

/** "What's this charge from amazon", "a charge of 24 dollars", "a charge on tuesday": matched, or asked about. */
export async function unknownCharge(turn: Turn): Promise<Response> {
  const read = await readBackend(turn, 'charge list', (token) => turn.deps.orders.listCharges(token));
  if (!read.ok) return read.response;
  const timeZone = await deviceTimeZone(turn);
  const now = turn.deps.clock.now();
  const amountSaid = Number(getSlotValue(turn.input.requestEnvelope, S.amount));
  const amount = Number.isFinite(amountSaid) && amountSaid > 0 ? amountSaid : undefined;
  const dateSaid = getSlotValue(turn.input.requestEnvelope, S.date);
  const span = dateSaid ? pastDaySpan(dateSaid, wallTime(now, timeZone).date) : undefined;
  const day = span && span.first === span.last ? span.first : undefined;
  const candidates = candidateCharges(read.value, { amount, day }, now, timeZone).slice(0, ASK_AT_MOST);
  return askAbout(turn, read.value, candidates.map((c) => c.chargeId), clueWords(amount, day), turn.speech('orderProblems.charge.neverCardNumbers'));
}

/** Asks "was it $11.99 on Saturday?" about the next candidate; with none left, the orders team. */
async function askAbout(turn: Turn, charges: readonly Charge[], chargeIds: string[], clue: string, lead = ''): Promise<Response> {
  const t = turn.speech;
  const charge = charges.find((c) => c.chargeId === chargeIds[0]);
  if (!charge) {
    const handoff = teamHandoff(turn, { what: 'unknownCharge', fraud: true, asked: 'Asked about a charge they do not recognise', answer: 'matched no order or subscription', details: { clue } });
    return offerTeam(turn, handoff, `${lead} ${t('orderProblems.charge.noMatch')}`.trim());
  }
  const day = spokenDay(charge.chargedAt, turn.deps.clock.now(), await deviceTimeZone(turn), t);
  turn.state.pending = { id: 'orderProblem.isItThisCharge', data: { chargeIds, clue } };
  const question = t('orderProblems.charge.isIt', { amount: money(charge.amount), day, method: t('orderProblems.refund.card', { type: charge.method.type, digits: charge.method.lastDigits?.split('').join(' ') ?? '' }) });
  return turn.ask(`${lead} ${question}`.trim(), t('orderProblems.charge.isItReprompt')).getResponse();
}

/** Yes: what the charge was for. No: the next candidate, then the orders team, flagged as possible fraud. */
export async function answerCharge(turn: Turn, data: z.infer<typeof ChargeQuestionSchema>, yes: boolean): Promise<Response> {
  const read = await readBackend(turn, 'charge list', (token) => turn.deps.orders.listCharges(token));
  if (!read.ok) return read.response;
  const t = turn.speech;
  if (!yes) return askAbout(turn, read.value, data.chargeIds.slice(1), data.clue);
  const charge = read.value.find((c) => c.chargeId === data.chargeIds[0]);
  if (!charge) return askAbout(turn, read.value, [], data.clue);
  const what = text(charge.description);
  const said = charge.subscription
    ? t('orderProblems.charge.subscription', { what, subscription: text(charge.subscription) })
    : charge.orderId
      ? t('orderProblems.charge.order', { what, digits: digits(lastDigits(charge.orderId)) })
      : t('orderProblems.charge.other', { what });
  return anythingElse(turn, said).getResponse();
}
