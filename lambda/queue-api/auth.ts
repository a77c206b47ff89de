import { createHash, timingSafeEqual } from 'node:crypto';
import type { Team } from '../domain/support/channel';
import type { TeamTokens } from './settings';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * The team a bearer token belongs to, or undefined. Every configured token is compared, in constant time
 * over equal-length digests, so neither the timing nor the order tells anything about the tokens.
 */
export function teamOfBearer(authorization: string | undefined, tokens: TeamTokens): Team | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const presented = digest(match[1]);
  let found: Team | undefined;
  for (const [team, token] of Object.entries(tokens) as [Team, string][]) {
    if (timingSafeEqual(presented, digest(token))) found = team;
  }
  return found;
}
