import type { Account, Charge, DeviceStatus, ItemReturn, Order, OrderChange, OrderOptions, Replacement, ReturnReason } from '../domain/model';

/** Finds the customer behind an account-linking access token. */
export interface AccountDirectory {
  /** Undefined when the backend does not know the token: the account link is broken. */
  findByAccessToken(accessToken: string): Promise<Account | undefined>;
}

/** Reads what a registered device last reported. */
export interface DeviceStatusService {
  /** `deviceKey` is the Alexa device id, or the serial number of a device that has none. */
  getStatus(accessToken: string, deviceKey: string): Promise<DeviceStatus | undefined>;
}

/** The customer's orders. */
export interface OrderService {
  listOrders(accessToken: string): Promise<Order[]>;
  /** Cancels an order whose item has not shipped; resolves to the order as stored afterwards. */
  cancelOrder(accessToken: string, orderId: string): Promise<Order>;
  /** Returns started and their refunds, newest first or in any order. */
  listReturns(accessToken: string): Promise<ItemReturn[]>;
  /** Charges of the last 60 days on the customer's payment methods. */
  listCharges(accessToken: string): Promise<Charge[]>;
  /** The saved addresses and payment methods an unshipped order can change to. */
  orderOptions(accessToken: string): Promise<OrderOptions>;
  /**
   * The writes below are idempotent by `requestId` (the Alexa request id): a retry of the same request
   * stores nothing twice and answers what was stored. Each resolves only once the order service stored it.
   */
  startReturn(accessToken: string, request: ItemRequest): Promise<ItemReturn>;
  requestReplacement(accessToken: string, request: ItemRequest): Promise<Replacement>;
  /** Changes an unshipped order; OrderNotChangeableError once it has shipped. */
  changeOrder(accessToken: string, orderId: string, change: OrderChange, requestId: string): Promise<Order>;
}

/** A return or replacement of one item of an order. */
export interface ItemRequest {
  orderId: string;
  lineId: string;
  reason: ReturnReason;
  requestId: string;
}

/** Thrown by a backend adapter when the backend is down, too slow or answers something malformed. */
export class BackendUnavailableError extends Error {
  constructor(
    readonly backend: string,
    readonly reason: string,
  ) {
    super(`${backend} unavailable: ${reason}`);
    this.name = 'BackendUnavailableError';
  }
}

/** The order's item has shipped (or is past cancelling). */
export class OrderNotCancellableError extends Error {
  constructor(readonly order: Order) {
    super(`order ${order.orderId} is ${order.status} and cannot be cancelled`);
    this.name = 'OrderNotCancellableError';
  }
}

/** The order's item has shipped, so it can no longer change. */
export class OrderNotChangeableError extends Error {
  constructor(readonly order: Order) {
    super(`order ${order.orderId} is ${order.status} and cannot be changed`);
    this.name = 'OrderNotChangeableError';
  }
}

/** The item cannot be returned or replaced (past its window, or not returnable). */
export class ItemNotReturnableError extends Error {
  constructor(readonly orderId: string, readonly lineId: string) {
    super(`item ${lineId} of order ${orderId} cannot be returned or replaced`);
    this.name = 'ItemNotReturnableError';
  }
}

/** The customer has no order with that id. */
export class OrderNotFoundError extends Error {
  constructor(orderId: string) {
    super(`no order ${orderId}`);
    this.name = 'OrderNotFoundError';
  }
}

/** The backend refused the linked account's access token: the customer must link the account again. */
export class AccessDeniedError extends Error {
  constructor(readonly backend: string) {
    super(`${backend} refused the access token`);
    this.name = 'AccessDeniedError';
  }
}
