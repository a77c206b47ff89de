import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow, usePolling } from './hooks';
import { poller, type ContactRequest, type Session } from './api';
import { Due, Priority, Status, Wait, headline, isOverdue } from './describe';
import { AGENT_TIME_ZONE } from './time';

export function QueuePage({ session, onAuthFailure }: { session: Session; onAuthFailure: (error: unknown) => void }) {
  const [contacts, setContacts] = useState<ContactRequest[]>();
  const [trouble, setTrouble] = useState<string>();
  const [read] = useState(() => poller<{ contacts: ContactRequest[] }>(session, '/contacts'));
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  usePolling(
    read,
    (answer) => {
      setContacts(answer.contacts);
      setTrouble(undefined);
    },
    (error) => {
      onAuthFailure(error);
      setTrouble('The queue could not be refreshed; trying again.');
    },
  );

  const overdue = contacts?.filter((c) => isOverdue(c, now)).length ?? 0;
  return (
    <section aria-labelledby="queue-heading">
      <h1 id="queue-heading" tabIndex={-1} ref={heading}>
        Queue
      </h1>
      <p class="lede">
        Open callbacks and chats, soonest first. Times are yours ({AGENT_TIME_ZONE}) with the customer's beside them. The list refreshes by
        itself.
      </p>
      <p role="status" class="summary">
        {contacts === undefined
          ? 'Loading the queue…'
          : `${contacts.length} open${overdue ? `, ${overdue} overdue` : ''}`}
      </p>
      {trouble && (
        <p role="alert" class="error">
          {trouble}
        </p>
      )}
      {contacts?.length === 0 && <p>Nothing waiting. New callbacks show up here as customers book them.</p>}
      {contacts && contacts.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Wait</th>
                <th scope="col">Customer's device and problem</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id} class={isOverdue(contact, now) ? 'overdue-row' : undefined}>
                  <td>
                    <Due contact={contact} />
                  </td>
                  <td>
                    <Wait contact={contact} now={now} />
                  </td>
                  <td>
                    <a href={`#/contacts/${encodeURIComponent(contact.id)}`}>{headline(contact)}</a>
                    <span class="kind">{contact.kind === 'CALLBACK' ? 'Callback' : 'Chat'}</span>
                  </td>
                  <td>
                    <Priority contact={contact} />
                  </td>
                  <td>
                    <Status contact={contact} session={session} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
