import { useState, type FormEvent } from 'react';
import { useAcceptInvitation, useSignIn } from '../../lib/queries.js';
import { useLocation } from '../../lib/router.js';
import { ErrorNote } from '../../ui/status.js';
import './account.css';

function Frame({ title, lead, children }: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <div className="signin-page">
      <p className="brand signin-brand">
        <span className="brand-mark" aria-hidden="true">
          T
        </span>
        tpmprep
      </p>
      <section className="panel signin-panel" aria-labelledby="signin-title">
        <h1 id="signin-title">{title}</h1>
        <p className="muted">{lead}</p>
        {children}
      </section>
    </div>
  );
}

/** Shown instead of the app when a hosted deployment answers 401: there is no open sign-up. */
export function SignInPage() {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <Frame title="Sign in" lead="Your cohort's tpmprep. Accounts are by invitation: if you have none, ask your coach or administrator.">
      <form className="account-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input id="signin-email" type="text" inputMode="email" autoComplete="username" spellCheck={false} required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input id="signin-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="button primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        {signIn.error && <ErrorNote message={signIn.error.message} />}
      </form>
    </Frame>
  );
}

/** The invitation link's page: choose a password, and the session starts. */
export function AcceptPage() {
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== again) return setMismatch(true);
    setMismatch(false);
    accept.mutate({ token, password });
  };
  if (!token) {
    return (
      <Frame title="Accept your invitation" lead="This address has no invitation token. Open the whole link you were sent, or ask for a new one.">
        <a className="button" href="/signin">
          Go to sign-in
        </a>
      </Frame>
    );
  }
  return (
    <Frame title="Accept your invitation" lead="Choose a password of at least 10 characters. You sign in with it and your email from now on.">
      <form className="account-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="accept-password">New password</label>
          <input id="accept-password" type="password" autoComplete="new-password" minLength={10} required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="accept-again">The same password again</label>
          <input id="accept-again" type="password" autoComplete="new-password" minLength={10} required value={again} onChange={(e) => setAgain(e.target.value)} />
        </div>
        <button type="submit" className="button primary" disabled={accept.isPending}>
          {accept.isPending ? 'Setting it…' : 'Set password and sign in'}
        </button>
        {mismatch && <ErrorNote message="The two passwords differ; type the same one twice." />}
        {accept.error && <ErrorNote message={accept.error.message} />}
      </form>
    </Frame>
  );
}
