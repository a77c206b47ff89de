import type { Response } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import type { Account } from '../domain/model';

/** Either the linked account, or the response that explains why there is none. */
export type AccountGate = { linked: true; accessToken: string; account: Account } | { linked: false; response: Response };

/** No link, or a link the backend no longer accepts: say so and put the LinkAccount card in the Alexa app. */
export function linkAccountResponse(turn: Turn, why: 'NOT_LINKED' | 'BROKEN'): Response {
  const key = why === 'NOT_LINKED' ? 'account.notLinked' : 'account.broken';
  return turn.tell(turn.speech(key)).withLinkAccountCard().getResponse();
}

/**
 * Lets through only requests with a working account link; everything else gets its spoken answer here.
 * Device help never calls this, so it keeps working for customers who have not linked an account.
 */
export async function requireLinkedAccount(turn: Turn): Promise<AccountGate> {
  const link = await turn.accountLink();
  switch (link.status) {
    case 'LINKED':
      return { linked: true, accessToken: link.accessToken, account: link.account };
    case 'NOT_LINKED':
    case 'BROKEN':
      return { linked: false, response: linkAccountResponse(turn, link.status) };
    case 'UNAVAILABLE':
      return { linked: false, response: turn.askAnythingElse(turn.speech('account.unavailable')).getResponse() };
  }
}
