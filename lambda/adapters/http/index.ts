/** The account and order services over HTTP: the function loads them together, when their URLs are configured. */
export { httpAccounts } from './http-accounts';
export { httpOrders } from './http-orders';
