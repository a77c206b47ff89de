import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import type { OrderProblemEntry } from '../domain/support/triage';
import type { DeviceKind } from '../vocabulary/support';

/**
 * Where one conversation area hands a customer to another (triage to a diagnosis, an order read-out or an
 * order problem). Each area's index exports its own under these names; the composition root supplies them,
 * so an area's code loads only when a customer enters it.
 */
export interface AreaEntries {
  diagnoseDevice(turn: Turn, kind: DeviceKind): Promise<Response> | Response;
  readOrders(turn: Turn): Promise<Response> | Response;
  orderProblemHelp(turn: Turn, problem: OrderProblemEntry): Promise<Response> | Response;
}

/** What every conversation area's index exports as `areaHandlers`: its handlers, in the order they are asked. */
export type AreaHandlers = (entries: AreaEntries) => RequestHandler[];
