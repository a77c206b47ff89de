import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, claim, contact as readContact, poller, recordOutcome, release, type AgentOutcome, type ContactRequest, type Session } from './api';
import { Due, Priority, Status, Wait, headline } from './describe';
import { useNow, usePolling } from './hooks';
import { OutcomeForm } from './outcome-form';
import { clock } from './time';
import { handoffSummary } from '../lambda/domain/handoff-summary';
import { FAMILY_NAMES } from '../lambda/domain/model';

const ASKED_FOR: Record<ContactRequest['handoff']['reason'], string> = {
  CUSTOMER_ASKED: 'asked for a person',
  DIAGNOSIS_UNRESOLVED: 'the troubleshooting steps did not fix it',
  ORDER_LATE: 'an order is late',
  ORDER_NOT_RECEIVED: 'an order never arrived',
  SELLER_UNRESPONSIVE: 'the seller does not answer',
  ORDER_PROBLEM: 'an item came damaged, wrong or missing, or a return, refund or change needs a person',
  POSSIBLE_FRAUD: 'a charge they do not recognise: possible fraud',
};

/** The country code's digits, whether it was stored with its plus sign or without. */
const countryCode = (phone: { countryCode: string }) => phone.countryCode.replace(/^\+/, '');

type Notice = { text: string; tone: 'status' | 'alert' };

/** What an outcome did, in the words an agent wants to read after recording it. */
function afterOutcome(contact: ContactRequest): string {
  if (contact.kind === 'CALLBACK' && contact.status === 'PENDING') {
    return `Back in the queue for ${clock(contact.scheduledFor)} (customer: ${clock(contact.scheduledFor, contact.timeZone)})${contact.attempts ? `, after ${contact.attempts} unanswered call${contact.attempts > 1 ? 's' : ''}` : ''}.`;
  }
  return { RESOLVED: 'Resolved: it has left the queue.', CANCELLED: 'Cancelled: it has left the queue.', FAILED: 'Failed: no more attempts; it has left the queue.' }[
    contact.status as 'RESOLVED' | 'CANCELLED' | 'FAILED'
  ] ?? '';
}

export function ContactPage({ session, id, onAuthFailure }: { session: Session; id: string; onAuthFailure: (error: unknown) => void }) {
  const [contact, setContact] = useState<ContactRequest>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [read] = useState(() => poller<ContactRequest>(session, `/contacts/${encodeURIComponent(id)}`));
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [contact === undefined]);
  usePolling(read, setContact, (error) => {
    onAuthFailure(error);
    setNotice({ tone: 'alert', text: error instanceof ApiError && error.status === 404 ? 'There is no such request in your queue.' : 'This request could not be refreshed; trying again.' });
  });

  /** Runs an action; a conflict (someone else was quicker) is explained with the request as it is now. */
  const act = async (work: () => Promise<ContactRequest>, done: (after: ContactRequest) => string) => {
    setBusy(true);
    try {
      const after = await work();
      setContact(after);
      setNotice({ tone: 'status', text: done(after) });
    } catch (error) {
      onAuthFailure(error);
      const now = await readContact(session, id).catch(() => undefined);
      if (now) setContact(now);
      if (error instanceof ApiError && error.status === 409) {
        const holder = now?.status === 'CLAIMED' && now.claimedBy !== session.agent ? `${now.claimedBy} claimed it first` : 'it changed in the meantime';
        setNotice({ tone: 'alert', text: `Not done: ${holder}. What you see now is how it stands. (${error.message})` });
      } else {
        setNotice({ tone: 'alert', text: error instanceof ApiError ? `Not done: ${error.message}` : 'Not done: the queue could not be reached. Try again.' });
      }
    } finally {
      setBusy(false);
    }
  };

  if (!contact) {
    return (
      <section>
        <h1 tabIndex={-1} ref={heading}>
          Request
        </h1>
        <p><a href="#/">Back to the queue</a></p>
        {notice ? <p role={notice.tone} class={notice.tone === 'alert' ? 'error' : undefined}>{notice.text}</p> : <p role="status">Loading…</p>}
      </section>
    );
  }

  const mine = contact.status === 'CLAIMED' && contact.claimedBy === session.agent;
  const { device, problem, stepsTried, order, reason } = contact.handoff;
  return (
    <article aria-labelledby="contact-heading">
      <p>
        <a href="#/">Back to the queue</a>
      </p>
      <h1 id="contact-heading" tabIndex={-1} ref={heading}>
        {contact.kind === 'CALLBACK' ? 'Callback' : 'Chat'}: {headline(contact)}
      </h1>
      <div class="notices" aria-live="polite">
        {notice && (
          <p role={notice.tone} class={notice.tone === 'alert' ? 'error' : 'done'}>
            {notice.text}
          </p>
        )}
      </div>
      <div class="columns">
        <section aria-labelledby="work-heading" class="panel">
          <h2 id="work-heading">Working it</h2>
          <dl>
            <dt>Status</dt>
            <dd>
              <Status contact={contact} session={session} />
            </dd>
            <dt>Due</dt>
            <dd>
              <Due contact={contact} />
            </dd>
            <dt>Wait</dt>
            <dd>
              <Wait contact={contact} now={now} />
            </dd>
            <dt>Priority</dt>
            <dd>
              <Priority contact={contact} />
            </dd>
            <dt>The customer wants</dt>
            <dd>
              {contact.kind === 'CALLBACK' ? 'A call back' : 'A chat'}: {ASKED_FOR[reason]}
            </dd>
            {contact.kind === 'CALLBACK' && (
              <>
                <dt>Phone</dt>
                <dd>
                  {mine ? (
                    <a href={`tel:+${countryCode(contact.phone)}${contact.phone.number}`}>
                      +{countryCode(contact.phone)} {contact.phone.number}
                    </a>
                  ) : (
                    <span>Ending in {contact.phone.number.slice(-4)}{contact.status === 'PENDING' ? ' (claim it to see the full number)' : ''}</span>
                  )}
                </dd>
              </>
            )}
            {contact.kind === 'CHAT' && (
              <>
                <dt>Chat</dt>
                <dd>
                  <a href={contact.link} rel="noreferrer noopener" target="_blank">
                    Join the chat
                  </a>
                </dd>
              </>
            )}
            {contact.note && (
              <>
                <dt>Last note</dt>
                <dd class="note">{contact.note}</dd>
              </>
            )}
          </dl>
          <div class="actions">
            {contact.status === 'PENDING' && (
              <button type="button" disabled={busy} onClick={() => act(() => claim(session, id), () => 'Claimed: it is yours. Call the customer now.')}>
                Claim
              </button>
            )}
            {mine && (
              <button type="button" class="secondary" disabled={busy} onClick={() => act(() => release(session, id), () => 'Released: it is back in the queue for anyone.')}>
                Release
              </button>
            )}
          </div>
          {mine && (
            <OutcomeForm
              session={session}
              contact={contact}
              busy={busy}
              onRecord={(outcome: AgentOutcome) => act(() => recordOutcome(session, id, outcome), afterOutcome)}
            />
          )}
        </section>
        <section aria-labelledby="context-heading" class="panel">
          <h2 id="context-heading">What the desk learned</h2>
          <p class="note">{handoffSummary(contact.handoff)}</p>
          {device && (
            <>
              <h3>Device</h3>
              <dl>
                <dt>Name</dt>
                <dd>{device.name ?? 'not named'}</dd>
                <dt>Model</dt>
                <dd>{device.model ?? `${FAMILY_NAMES[device.family]}, model not known`}</dd>
                <dt>Status when reported</dt>
                <dd>{device.status ?? 'not available'}</dd>
              </dl>
            </>
          )}
          {problem && (
            <>
              <h3>Problem</h3>
              <dl>
                {problem.said && (
                  <>
                    <dt>In the customer's words</dt>
                    <dd>{problem.said}</dd>
                  </>
                )}
                <dt>Symptom</dt>
                <dd>{problem.description}</dd>
                <dt>Knowledge base entry</dt>
                <dd>
                  <code>{problem.symptomId}</code>
                </dd>
              </dl>
            </>
          )}
          <h3>Steps tried</h3>
          {stepsTried.length ? (
            <ol class="steps">
              {stepsTried.map((step) => (
                <li key={step.stepId}>
                  {step.instruction} <span class="answer">Customer: {step.answer}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p>None.</p>
          )}
          {order && (
            <>
              <h3>Order</h3>
              <dl>
                <dt>Order</dt>
                <dd>{order.orderId}</dd>
                <dt>Item</dt>
                <dd>{order.item}</dd>
                <dt>Status</dt>
                <dd>{order.status.replace(/_/g, ' ').toLowerCase()}</dd>
              </dl>
            </>
          )}
        </section>
      </div>
    </article>
  );
}
