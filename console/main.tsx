import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, forgetSession, keepSession, storedSession, type Session } from './api';
import { ContactPage } from './contact-page';
import { QueuePage } from './queue-page';
import { SignIn } from './sign-in';
import './styles.css';

/** Which page the address names: the queue (#/) or one contact (#/contacts/<id>). */
const contactIdIn = (hash: string) => /^#\/contacts\/(.+)$/.exec(hash)?.[1];

function App() {
  const [session, setSession] = useState(storedSession);
  const [signedOutBecause, setSignedOutBecause] = useState<string>();
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const signIn = (next: Session) => {
    keepSession(next);
    setSignedOutBecause(undefined);
    setSession(next);
  };
  const signOut = (why?: string) => {
    forgetSession();
    setSignedOutBecause(why);
    setSession(undefined);
    location.hash = '';
  };
  /** Every page hands its API failures here first: a refused token ends the session. */
  const onAuthFailure = (error: unknown) => {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) signOut('The team token was not accepted any more. Sign in again.');
  };

  if (!session) return <SignIn onSignIn={signIn} notice={signedOutBecause} />;
  const id = contactIdIn(hash);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="bar">
        <p class="brand">
          Device Help Desk · <strong>{session.team.replace('_', ' ')}</strong> team
        </p>
        <p class="who">
          Signed in as <strong>{session.agent}</strong>
        </p>
        <button type="button" onClick={() => signOut()}>
          Sign out
        </button>
      </header>
      <main id="main">
        {id ? (
          <ContactPage key={id} session={session} id={decodeURIComponent(id)} onAuthFailure={onAuthFailure} />
        ) : (
          <QueuePage session={session} onAuthFailure={onAuthFailure} />
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
