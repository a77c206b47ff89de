import { useState } from 'preact/hooks';
import { ApiError, queue, type Session, type Team } from './api';

const TEAMS: { team: Team; name: string }[] = [
  { team: 'ECHO', name: 'Echo' },
  { team: 'FIRE_TV', name: 'Fire TV' },
  { team: 'KINDLE', name: 'Kindle' },
  { team: 'ORDERS', name: 'Orders' },
];

/** Team, the agent's name and the team's token; checked against the API before the session starts. */
export function SignIn({ onSignIn, notice }: { onSignIn: (session: Session) => void; notice?: string }) {
  const [team, setTeam] = useState<Team>('ECHO');
  const [agent, setAgent] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const session = { team, agent: agent.trim(), token: token.trim() };
    setBusy(true);
    setError(undefined);
    try {
      await queue(session);
      onSignIn(session);
    } catch (failure) {
      const status = failure instanceof ApiError ? failure.status : 0;
      setError(
        status === 401
          ? 'That token is not a team token. Check it and try again.'
          : status === 403
            ? `That token is for another team's queue, not ${team.replace('_', ' ')}.`
            : 'The queue could not be reached. Try again in a moment.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="sign-in">
      <h1>Team console sign-in</h1>
      {notice && <p role="status">{notice}</p>}
      <form onSubmit={submit}>
        <label for="team">Team</label>
        <select id="team" value={team} onChange={(e) => setTeam(e.currentTarget.value as Team)}>
          {TEAMS.map((t) => (
            <option key={t.team} value={t.team}>
              {t.name}
            </option>
          ))}
        </select>
        <label for="agent">Your name</label>
        <input id="agent" required maxLength={100} autoComplete="name" value={agent} onInput={(e) => setAgent(e.currentTarget.value)} />
        <label for="token">Team token</label>
        <input id="token" type="password" required autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        <p class="hint">The token stays in this browser tab only, until you sign out or close the tab.</p>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
