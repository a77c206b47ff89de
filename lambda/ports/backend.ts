import type { Account, DeviceStatus, Order } from '../domain/model';

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
