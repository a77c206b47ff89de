import { useEffect, useState } from 'preact/hooks';
import { freeSlots, type AgentOutcome, type ContactRequest, type Session } from './api';
import { clock } from './time';

const CHOICES = [
  { kind: 'RESOLVED', label: 'Resolved' },
  { kind: 'NO_ANSWER', label: 'No answer' },
  { kind: 'RESCHEDULED', label: 'Reschedule' },
  { kind: 'CANCELLED', label: 'Cancelled' },
] as const;

/** The outcome of a claimed request, with a note; a reschedule picks one of the team's free slots. */
export function OutcomeForm({ session, contact, busy, onRecord }: { session: Session; contact: ContactRequest; busy: boolean; onRecord: (outcome: AgentOutcome) => void }) {
  const [kind, setKind] = useState<AgentOutcome['kind']>('RESOLVED');
  const [note, setNote] = useState('');
  const [slots, setSlots] = useState<string[]>();
  const [slot, setSlot] = useState('');
  const choices = CHOICES.filter((c) => contact.kind === 'CALLBACK' || c.kind !== 'RESCHEDULED');
  useEffect(() => {
    if (kind !== 'RESCHEDULED' || slots) return;
    freeSlots(session)
      .then((answer) => {
        setSlots(answer?.slots ?? []);
        setSlot(answer?.slots[0] ?? '');
      })
      .catch(() => setSlots([]));
  }, [kind]);

  const submit = (event: Event) => {
    event.preventDefault();
    const text = note.trim() || undefined;
    onRecord(kind === 'RESCHEDULED' ? { kind, scheduledFor: slot, note: text } : { kind, note: text });
  };
  const customerZone = contact.kind === 'CALLBACK' ? contact.timeZone : undefined;
  return (
    <form class="outcome" onSubmit={submit}>
      <fieldset>
        <legend>Outcome</legend>
        {choices.map((choice) => (
          <label key={choice.kind} class="choice">
            <input type="radio" name="outcome" value={choice.kind} checked={kind === choice.kind} onChange={() => setKind(choice.kind)} />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {kind === 'RESCHEDULED' && (
        <>
          <label for="slot">New time (a free slot of the team)</label>
          {slots === undefined ? (
            <p role="status">Loading free slots…</p>
          ) : slots.length === 0 ? (
            <p role="alert" class="error">No free slot in the next two weeks.</p>
          ) : (
            <select id="slot" value={slot} onChange={(e) => setSlot(e.currentTarget.value)}>
              {slots.map((s) => (
                <option key={s} value={s}>
                  {clock(s)}
                  {customerZone ? ` — customer ${clock(s, customerZone)}` : ''}
                </option>
              ))}
            </select>
          )}
        </>
      )}
      <label for="note">Note</label>
      <textarea id="note" rows={3} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" disabled={busy || (kind === 'RESCHEDULED' && !slot)}>
        Record outcome
      </button>
    </form>
  );
}
