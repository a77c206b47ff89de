import { X509Certificate } from 'node:crypto';
import { get } from 'node:https';
import { rootCertificates } from 'node:tls';
import { withTimeout } from '../util/timeout';
import { RequestVerificationError } from './verification-error';

/** Downloads the PEM certificate chain at a (validated) SignatureCertChainUrl. */
export type CertificateFetcher = (url: string) => Promise<string>;

/** The domain Alexa's signing certificate must name among its subject alternative names. */
export const ALEXA_SIGNING_DOMAIN = 'echo-api.amazon.com';

/** A plain HTTPS GET with a deadline and a size cap, so a slow or huge answer cannot hold a request. */
export function httpsCertificateFetcher(timeoutMs = 3000, maxBytes = 64 * 1024): CertificateFetcher {
  const download = (url: string) =>
    new Promise<string>((resolve, reject) => {
      const request = get(url, { timeout: timeoutMs }, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`certificate download answered ${response.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) request.destroy(new Error(`certificate chain larger than ${maxBytes} bytes`));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new Error('certificate download stalled')));
      request.on('error', reject);
    });
  return (url) => withTimeout(download(url), timeoutMs, 'certificate download');
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new RequestVerificationError('CERT_INVALID', 'no certificate in the chain');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new RequestVerificationError('CERT_INVALID', 'a certificate in the chain does not parse');
  }
}

function isCurrent(cert: X509Certificate, now: number): boolean {
  return Date.parse(cert.validFrom) <= now && now <= Date.parse(cert.validTo);
}

const signedBy = (cert: X509Certificate, issuer: X509Certificate) => cert.checkIssued(issuer) && cert.verify(issuer.publicKey);

/** The leaf must be current, name Alexa's domain and hold an RSA key; each link must be signed by the next, up to a trusted root. */
function validateChain(chain: X509Certificate[], roots: X509Certificate[], now: number): void {
  const [leaf] = chain;
  const names = (leaf.subjectAltName ?? '').split(',').map((name) => name.trim());
  if (!names.includes(`DNS:${ALEXA_SIGNING_DOMAIN}`)) throw new RequestVerificationError('CERT_INVALID', `certificate does not name ${ALEXA_SIGNING_DOMAIN}`);
  if (leaf.publicKey.asymmetricKeyType !== 'rsa') throw new RequestVerificationError('CERT_INVALID', 'certificate key is not RSA');
  if (!chain.every((cert) => isCurrent(cert, now))) throw new RequestVerificationError('CERT_INVALID', 'a certificate in the chain is expired or not yet valid');
  for (let i = 0; i + 1 < chain.length; i += 1) {
    if (!chain[i + 1].ca || !signedBy(chain[i], chain[i + 1])) throw new RequestVerificationError('CERT_INVALID', 'the certificate chain is broken');
  }
  const top = chain[chain.length - 1];
  const anchored = roots.some((root) => root.fingerprint256 === top.fingerprint256 || (root.ca && isCurrent(root, now) && signedBy(top, root)));
  if (!anchored) throw new RequestVerificationError('CERT_INVALID', 'the certificate chain does not lead to a trusted root');
}

export interface CertificateChainOptions {
  fetch?: CertificateFetcher;
  /** PEM root certificates to trust; Node's bundled roots by default. */
  trustedRoots?: readonly string[];
  /** How many chains to keep (Alexa uses very few; the cap bounds memory whatever the headers say). */
  cacheSize?: number;
  /** Downloads under way at once; a request for yet another URL is refused rather than queued. */
  maxConcurrentDownloads?: number;
  /** How long a URL whose chain failed is refused without downloading it again. */
  failureMemoryMs?: number;
}

/** Failed URLs remembered at most (each costs a few bytes; the concurrency cap bounds downloads anyway). */
const REMEMBERED_FAILURES = 256;

interface Failure {
  error: unknown;
  until: number;
}

/**
 * Alexa's signing certificates by URL: downloaded once, validated, cached. A failed download or a chain that
 * fails validation is remembered for a short while (so a stream of forged URLs costs one download each, not
 * one per request), and only a few downloads run at once. Dates are rechecked on every use.
 */
export class CertificateChains {
  private readonly cache = new Map<string, Promise<X509Certificate[]>>();
  private readonly failures = new Map<string, Failure>();
  private readonly fetch: CertificateFetcher;
  private readonly rootPems: readonly string[];
  private roots?: X509Certificate[];
  private readonly cacheSize: number;
  private readonly maxConcurrentDownloads: number;
  private readonly failureMemoryMs: number;
  private downloading = 0;

  constructor(options: CertificateChainOptions = {}) {
    this.fetch = options.fetch ?? httpsCertificateFetcher();
    this.rootPems = options.trustedRoots ?? rootCertificates;
    this.cacheSize = options.cacheSize ?? 8;
    this.maxConcurrentDownloads = options.maxConcurrentDownloads ?? 4;
    this.failureMemoryMs = options.failureMemoryMs ?? 60_000;
  }

  /** The validated signing certificate behind `url`. */
  async signingCertificate(url: string, now: number): Promise<X509Certificate> {
    const failure = this.failures.get(url);
    if (failure && now < failure.until) throw failure.error;
    this.failures.delete(url);
    let chain = this.cache.get(url);
    if (!chain) {
      if (this.downloading >= this.maxConcurrentDownloads) {
        throw new RequestVerificationError('CERT_UNAVAILABLE', 'too many certificate downloads under way');
      }
      chain = this.load(url, now);
      this.remember(url, chain, now);
    }
    const certs = await chain;
    if (!certs.every((cert) => isCurrent(cert, now))) {
      this.cache.delete(url);
      throw new RequestVerificationError('CERT_INVALID', 'a certificate in the chain is expired or not yet valid');
    }
    return certs[0];
  }

  private remember(url: string, chain: Promise<X509Certificate[]>, now: number): void {
    this.cache.set(url, chain);
    chain.catch((error: unknown) => {
      if (this.cache.get(url) === chain) this.cache.delete(url);
      this.failures.set(url, { error, until: now + this.failureMemoryMs });
      dropOldest(this.failures, REMEMBERED_FAILURES);
    });
    dropOldest(this.cache, this.cacheSize);
  }

  private async load(url: string, now: number): Promise<X509Certificate[]> {
    let pem: string;
    this.downloading += 1;
    try {
      pem = await this.fetch(url);
    } catch (error) {
      throw new RequestVerificationError('CERT_UNAVAILABLE', `certificate chain could not be downloaded: ${(error as Error).message}`);
    } finally {
      this.downloading -= 1;
    }
    const chain = parseChain(pem);
    this.roots ??= this.rootPems.map((root) => new X509Certificate(root));
    validateChain(chain, this.roots, now);
    return chain;
  }
}

/** Keeps a map (in insertion order) to `size` entries. */
function dropOldest(map: Map<string, unknown>, size: number): void {
  while (map.size > size) map.delete(map.keys().next().value as string);
}
