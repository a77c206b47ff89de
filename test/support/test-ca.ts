import { createSign, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { ALEXA_SIGNING_DOMAIN } from '../../lambda/http/certificate-chain';

/** Where the test chains are "published"; the verifier's fetcher is given them instead of going online. */
export const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

const DAY = 86_400_000;

interface KeyPair {
  privatePem: string;
  forgePrivate: unknown;
  forgePublic: unknown;
}

function keyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgePrivate = forge.pki.privateKeyFromPem(privatePem);
  return { privatePem, forgePrivate, forgePublic: forge.pki.setRsaPublicKey(forgePrivate.n, forgePrivate.e) };
}

interface CertSpec {
  subject: string;
  key: KeyPair;
  issuer?: { subject: string; key: KeyPair };
  ca?: boolean;
  san?: string;
  from?: Date;
  to?: Date;
}

let serial = 1;

function certificate(spec: CertSpec): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.key.forgePublic;
  cert.serialNumber = (serial += 1).toString(16).padStart(2, '0');
  cert.validity.notBefore = spec.from ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = spec.to ?? new Date(Date.now() + 365 * DAY);
  cert.setSubject([{ name: 'commonName', value: spec.subject }]);
  cert.setIssuer([{ name: 'commonName', value: spec.issuer?.subject ?? spec.subject }]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: spec.ca ?? false, critical: true },
    { name: 'keyUsage', keyCertSign: spec.ca ?? false, cRLSign: spec.ca ?? false, digitalSignature: true, critical: true },
    ...(spec.san ? [{ name: 'subjectAltName', altNames: [{ type: 2, value: spec.san }] }] : []),
  ]);
  cert.sign((spec.issuer?.key ?? spec.key).forgePrivate, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** A private certificate authority shaped like Alexa's (root, intermediate, signing certificate), made offline. */
export interface TestPki {
  /** The root to trust in place of the public ones. */
  trustedRoots: string[];
  /** PEM chains (signing certificate first, then the intermediate) for each case the verifier must judge. */
  chains: Record<'valid' | 'expired' | 'notYetValid' | 'wrongSan' | 'untrusted' | 'leafWithoutIssuer', string>;
  /** Signs a body with the signing certificate's key, as Alexa does (RSA-SHA256, base64). */
  sign(body: string): string;
  /** Signs with a key no certificate belongs to. */
  forge(body: string): string;
}

export function createTestPki(): TestPki {
  const rootKey = keyPair();
  const intermediateKey = keyPair();
  const signingKey = keyPair();
  const otherKey = keyPair();
  const root = { subject: 'Test Root CA', key: rootKey };
  const rogueRoot = { subject: 'Test Root CA', key: otherKey };
  const intermediate = { subject: 'Test Intermediate CA', key: intermediateKey };
  const rootPem = certificate({ ...root, ca: true });
  const intermediatePem = certificate({ ...intermediate, issuer: root, ca: true });
  const rogueIntermediatePem = certificate({ ...intermediate, issuer: rogueRoot, ca: true });
  const leaf = (spec: Partial<CertSpec>) => certificate({ subject: ALEXA_SIGNING_DOMAIN, key: signingKey, issuer: intermediate, san: ALEXA_SIGNING_DOMAIN, ...spec });
  const signWith = (key: KeyPair) => (body: string) => createSign('RSA-SHA256').update(body).sign(key.privatePem, 'base64');
  return {
    trustedRoots: [rootPem],
    chains: {
      valid: leaf({}) + intermediatePem,
      expired: leaf({ from: new Date(Date.now() - 30 * DAY), to: new Date(Date.now() - DAY) }) + intermediatePem,
      notYetValid: leaf({ from: new Date(Date.now() + DAY), to: new Date(Date.now() + 30 * DAY) }) + intermediatePem,
      wrongSan: leaf({ san: 'echo-api.example.com' }) + intermediatePem,
      untrusted: leaf({}) + rogueIntermediatePem,
      leafWithoutIssuer: leaf({}),
    },
    sign: signWith(signingKey),
    forge: signWith(otherKey),
  };
}
