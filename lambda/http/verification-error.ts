/** Why a request was refused, for the log: never the request's content. */
export type VerificationFailure =
  | 'MISSING_HEADERS'
  | 'BAD_CERT_URL'
  | 'CERT_UNAVAILABLE'
  | 'CERT_INVALID'
  | 'BAD_SIGNATURE'
  | 'BAD_TIMESTAMP'
  | 'BAD_BODY';

/** A request that cannot be shown to come from Alexa: the endpoint answers 400 and the skill never sees it. */
export class RequestVerificationError extends Error {
  constructor(
    readonly reason: VerificationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RequestVerificationError';
  }
}
