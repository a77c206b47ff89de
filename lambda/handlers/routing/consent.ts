/** Tokens of the permission requests, naming what to resume when the session comes back. */
export const CONSENT_TOKENS = { mobile: 'routing.mobileNumber', reminder: 'routing.reminder' } as const;
