import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.js';
import { useChangePassword, useSignOut } from '../../lib/queries.js';
import { ErrorNote } from '../../ui/status.js';
import './account.css';

export function AccountPage() {
  const { account } = useSession();
  const change = useChangePassword();
  const signOut = useSignOut();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ current, password }, { onSuccess: () => (setCurrent(''), setPassword('')) });
  };
  if (!account) return null;
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Account</p>
        <h1>{account.email}</h1>
        <p className="muted">
          {account.role}
          {account.cohort ? ` · ${account.cohort}` : ''}
        </p>
      </header>
      <section className="panel" aria-labelledby="password-title">
        <h2 id="password-title">Change your password</h2>
        <p className="muted small">A new password signs you out everywhere else.</p>
        <form className="account-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="current-password">Current password</label>
            <input id="current-password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="new-password">New password (at least 10 characters)</label>
            <input id="new-password" type="password" autoComplete="new-password" minLength={10} required value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button type="submit" className="button primary" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
          {change.isSuccess && <p className="good-note" role="status">Password changed. Other sessions are signed out.</p>}
          {change.error && <ErrorNote message={change.error.message} />}
        </form>
      </section>
      <section className="panel" aria-labelledby="signout-title">
        <h2 id="signout-title">Sign out</h2>
        <button type="button" className="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </button>
        {signOut.error && <ErrorNote message={signOut.error.message} />}
      </section>
    </div>
  );
}
