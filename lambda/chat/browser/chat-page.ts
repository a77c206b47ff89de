/// <reference lib="dom" />
import 'amazon-connect-chatjs';

/**
 * The customer's chat page: spends the link's single-use token (after `#`, so it never reaches a server
 * log), joins the Connect chat it starts with amazon-connect-chatjs, and shows the conversation.
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('status');
const transcript = $<HTMLOListElement>('transcript');
const form = $<HTMLFormElement>('compose');
const input = $<HTMLInputElement>('message');
const endButton = $<HTMLButtonElement>('end');

/** What the page says for each way the link can fail. */
const PROBLEMS: Record<string, string> = {
  USED: 'This chat link has been used already. Ask Alexa for a new one: say "Alexa, ask device help desk for a chat".',
  EXPIRED: 'This chat link has expired. Ask Alexa for a new one: say "Alexa, ask device help desk for a chat".',
  UNKNOWN: 'This chat link is not valid. Open the link from your Alexa app again.',
  CLOSED: 'This chat request has been closed by the team.',
  UNAVAILABLE: 'The chat could not be started just now. Please try again in a minute: the link still works.',
};

function say(text: string): void {
  status.textContent = text;
}

function show(who: string, text: string): void {
  const item = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = `${who}: `;
  item.append(name, document.createTextNode(text));
  transcript.append(item);
  item.scrollIntoView({ block: 'end' });
}

async function start(): Promise<void> {
  const token = location.hash.slice(1);
  // The token is spent now: it leaves the address bar so it is not bookmarked or shared.
  history.replaceState(null, '', location.pathname);
  if (!token) return say(PROBLEMS.UNKNOWN);
  say('Starting your chat…');
  const answer = await fetch('start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) }).catch(() => undefined);
  const body = (await answer?.json().catch(() => undefined)) as { outcome?: string; region?: string; chat?: { ContactId: string; ParticipantId: string; ParticipantToken: string } } | undefined;
  if (!answer?.ok || !body?.chat) return say(PROBLEMS[body?.outcome ?? 'UNAVAILABLE'] ?? PROBLEMS.UNAVAILABLE);

  const session = connect.ChatSession.create({
    chatDetails: { contactId: body.chat.ContactId, participantId: body.chat.ParticipantId, participantToken: body.chat.ParticipantToken },
    options: { region: body.region },
    type: connect.ChatSession.SessionTypes.CUSTOMER,
  });
  session.onMessage(({ data }) => {
    if (data.ContentType === 'text/plain' && data.Content) show(data.ParticipantRole === 'CUSTOMER' ? 'You' : (data.DisplayName ?? 'Team'), data.Content);
  });
  session.onConnectionBroken(() => say('The connection dropped. Trying to reconnect…'));
  session.onEnded(() => {
    say('The chat has ended. Thank you.');
    form.hidden = true;
    endButton.hidden = true;
  });
  await session.connect();
  say('You are in the queue; the team already has what you told Alexa. Messages appear below.');
  form.hidden = false;
  endButton.hidden = false;
  input.focus();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    input.value = '';
    void session.sendMessage({ contentType: 'text/plain', message });
  });
  endButton.addEventListener('click', () => void session.disconnectParticipant());
}

start().catch(() => say(PROBLEMS.UNAVAILABLE));
