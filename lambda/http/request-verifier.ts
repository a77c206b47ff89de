import { verify, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import * as z from 'zod';
import { CertificateChains, type CertificateChainOptions } from './certificate-chain';
import { RequestVerificationError } from './verification-error';

/** How far a request's timestamp may be from now (Alexa's rule), and the longer allowance for skill events. */
export const REQUEST_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;

/** Shows that a request body came from Alexa and gives back the envelope, or throws a RequestVerificationError saying why not. */
export interface RequestVerifier {
  verify(rawBody: Buffer, headers: IncomingHttpHeaders): Promise<unknown>;
}

/**
 * Checks a SignatureCertChainUrl as Alexa's rules for web-service skills require: https, host
 * s3.amazonaws.com (any case), a path under /echo.api/ once normalised, port 443 if one is given.
 */
export function isAlexaCertificateUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 's3.amazonaws.com' &&
    url.pathname.startsWith('/echo.api/') &&
    (url.port === '' || url.port === '443') &&
    url.username === '' &&
    url.password === ''
  );
}

const TimestampedSchema = z.object({ request: z.object({ type: z.string(), timestamp: z.string() }) });

/** The request body as JSON, or a RequestVerificationError. */
export function parseBody(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new RequestVerificationError('BAD_BODY', 'request body is not JSON');
  }
}

/** The request must be recent: 150 seconds either way, an hour for AlexaSkillEvent.* (delivered late by design). */
export function checkTimestamp(body: unknown, now: number): void {
  const parsed = TimestampedSchema.safeParse(body);
  const at = parsed.success ? Date.parse(parsed.data.request.timestamp) : NaN;
  if (!parsed.success || Number.isNaN(at)) throw new RequestVerificationError('BAD_TIMESTAMP', 'request has no timestamp');
  const tolerance = parsed.data.request.type.startsWith('AlexaSkillEvent.') ? SKILL_EVENT_TOLERANCE_MS : REQUEST_TOLERANCE_MS;
  if (Math.abs(now - at) > tolerance) throw new RequestVerificationError('BAD_TIMESTAMP', 'request timestamp is outside the allowed window');
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The signature's bytes, only from canonical base64 exactly as long as the key's modulus: Node's decoder
 * would also take base64url, spaces, or a signature followed by anything, and such a header is not Alexa's.
 */
function decodeSignature(signature: string, key: KeyObject): Buffer {
  const bytes = Buffer.from(signature, 'base64');
  const keyBytes = (key.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
  if (!BASE64.test(signature) || bytes.toString('base64') !== signature || bytes.length !== keyBytes) {
    throw new RequestVerificationError('BAD_SIGNATURE', 'signature is not canonical base64 of the key\'s length');
  }
  return bytes;
}

export interface VerifierOptions extends CertificateChainOptions {
  /** Milliseconds since the epoch; the system clock by default. */
  now?: () => number;
}

/** Alexa's request verification for a self-hosted endpoint: certificate URL, chain, signature and timestamp. */
export function alexaRequestVerifier(options: VerifierOptions = {}): RequestVerifier {
  const chains = new CertificateChains(options);
  const now = options.now ?? Date.now;
  return {
    async verify(rawBody, headers) {
      const certUrl = header(headers, 'SignatureCertChainUrl');
      const signature = header(headers, 'Signature-256');
      if (!certUrl || !signature) throw new RequestVerificationError('MISSING_HEADERS', 'request is not signed');
      if (!isAlexaCertificateUrl(certUrl)) throw new RequestVerificationError('BAD_CERT_URL', 'certificate URL is not one of Alexa\'s');
      const at = now();
      const body = parseBody(rawBody);
      checkTimestamp(body, at);
      const certificate = await chains.signingCertificate(certUrl, at);
      if (!verify('sha256', rawBody, certificate.publicKey, decodeSignature(signature, certificate.publicKey))) {
        throw new RequestVerificationError('BAD_SIGNATURE', 'signature does not match the request body');
      }
      return body;
    },
  };
}
