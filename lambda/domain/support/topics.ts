/** What a customer can want from the desk. */
export const SUPPORT_TOPICS = ['ORDER', 'DEVICE', 'ACCOUNT', 'PAYMENT', 'PRIME', 'RETURN'] as const;
export type SupportTopic = (typeof SUPPORT_TOPICS)[number];

/** Topics the desk answers itself; the rest it explains and points elsewhere. */
export const TOPICS_HANDLED_HERE: ReadonlySet<SupportTopic> = new Set(['ORDER', 'DEVICE']);
