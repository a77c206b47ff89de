import { demoCustomers } from '../../lambda/adapters/demo/demo-data';

/** A piece of personal data found in a log line. */
export interface Finding {
  kind: string;
  match: string;
  line: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the demo backend knows about its customers: every such value is personal data. */
function demoPersonalData(): [string, RegExp][] {
  const found: [string, RegExp][] = [];
  for (const customer of demoCustomers(new Date())) {
    found.push(['name', new RegExp(`\\b${escape(customer.profile.givenName)}\\b`, 'i')]);
    found.push(['access token', new RegExp(escape(customer.accessToken))]);
    const phone = customer.profile.mobileNumber?.phoneNumber;
    if (phone) found.push(['phone number', new RegExp(phone.split('').join('\\D{0,2}'))]);
    for (const device of customer.account.devices) found.push(['device name', new RegExp(escape(device.name), 'i')]);
  }
  return found;
}

/** Shapes personal data takes whatever the data set: phone numbers, tokens, addresses. */
const SHAPES: [string, RegExp][] = [
  ['phone number', /(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)|\b[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]?\d{4}\b/],
  ['Alexa API token', /apiAccessToken|consentToken|test-api-access-token/i],
  ['access token', /demo-token-|accessToken|\bBearer\s/i],
  ['address', /addressLine\d|postalCode|\b\d{1,5}(?:\s+[A-Z][a-z]+)+\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way)\b/],
];

const RULES = [...demoPersonalData(), ...SHAPES];

/** Every piece of personal data in `lines` (log entries as they are written, one per line). */
export function personalDataIn(lines: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    for (const [kind, pattern] of RULES) {
      const match = pattern.exec(line);
      if (match) findings.push({ kind, match: match[0], line });
    }
  }
  return findings;
}

/** Throws, naming each leak, when `lines` hold personal data. */
export function assertNoPersonalData(lines: string[]): void {
  const findings = personalDataIn(lines);
  if (findings.length > 0) {
    throw new Error(`personal data in the logs:\n${findings.map((f) => `- ${f.kind} "${f.match}" in ${f.line}`).join('\n')}`);
  }
}
