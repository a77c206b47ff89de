/** The agent's own time zone: the browser's. */
export const AGENT_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "Mon 23 Nov, 1:30 PM" in the given zone (the zone's short name added when it is not the agent's). */
export function clock(iso: string, timeZone = AGENT_TIME_ZONE): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone === AGENT_TIME_ZONE ? {} : { timeZoneName: 'short' }),
  }).format(new Date(iso));
  return text;
}

/** "12 min", "2 h 5 min", "3 days". */
export function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${Math.round(minutes / 1440)} days`;
}
