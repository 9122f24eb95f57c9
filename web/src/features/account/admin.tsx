import { useState, type FormEvent } from 'react';
import type { Role } from '@shared/api.js';
import { useAddCohort, useAdminCohorts, useAdminUsers, useInviteUser, useMoveUser } from '../../lib/queries.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import './account.css';

const ROLE_LABELS: Record<Role, string> = { candidate: 'Candidate', coach: 'Coach', admin: 'Administrator' };

function InviteForm({ cohorts }: { cohorts: string[] }) {
  const invite = useInviteUser();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('candidate');
  const [cohort, setCohort] = useState('');
  const [copied, setCopied] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    invite.mutate({ email, role, ...(cohort ? { cohort } : {}) }, { onSuccess: () => setEmail('') });
  };
  const url = invite.data?.invitation.url;
  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <p className="muted small">There is no open sign-up. The invitation link is good for 7 days; send it to the person yourself.</p>
      <form className="admin-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" type="text" inputMode="email" spellCheck={false} required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {Object.entries(ROLE_LABELS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-cohort">Cohort</label>
          <select id="invite-cohort" value={cohort} onChange={(e) => setCohort(e.target.value)}>
            <option value="">No cohort</option>
            {cohorts.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      {invite.error && <ErrorNote message={invite.error.message} />}
      {invite.data && url && (
        <div role="status">
          <p className="good-note">
            Invitation for <strong>{invite.data.email}</strong> ({ROLE_LABELS[invite.data.role]}). Copy the link and send it:
          </p>
          <div className="invitation-url">
            <label htmlFor="invitation-url" className="visually-hidden">
              Invitation link
            </label>
            <input id="invitation-url" readOnly value={url} onFocus={(e) => e.target.select()} />
            <button type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function CohortsPanel({ cohorts }: { cohorts: Array<{ name: string; members: number }> }) {
  const add = useAddCohort();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ name }, { onSuccess: () => setName('') });
  };
  return (
    <section className="panel" aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">Cohorts</h2>
      {cohorts.length === 0 ? (
        <p className="muted">No cohorts yet.</p>
      ) : (
        <ul className="plain-list cohort-names">
          {cohorts.map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong> <span className="muted small">· {c.members === 1 ? '1 person' : `${c.members} people`}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="admin-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="cohort-name">New cohort</label>
          <input id="cohort-name" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Spring 2027" />
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          Create cohort
        </button>
      </form>
      {add.error && <ErrorNote message={add.error.message} />}
    </section>
  );
}

/** Administrators: who has an account, in which cohort, and invitations. */
export function AdminPage() {
  const users = useAdminUsers();
  const cohorts = useAdminCohorts();
  const move = useMoveUser();
  if (users.error) return <ErrorNote message={users.error.message} onRetry={() => void users.refetch()} />;
  if (!users.data || !cohorts.data) return <Loading label="Loading the people" />;
  const names = cohorts.data.cohorts.map((c) => c.name);
  return (
    <div className="page wide admin-page">
      <header className="page-header admin-header">
        <p className="eyebrow">Administration</p>
        <h1>People and cohorts</h1>
        <p className="lead">Invite candidates and coaches, and keep each in the right cohort: a coach reads and reviews only the candidates of their own cohort.</p>
      </header>
      <InviteForm cohorts={names} />
      <section className="panel" aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Cohort</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.invited ? <span className="muted">Invited</span> : 'Active'}</td>
                <td>
                  <label htmlFor={`cohort-of-${u.id}`} className="visually-hidden">
                    Cohort of {u.email}
                  </label>
                  <select id={`cohort-of-${u.id}`} value={u.cohort ?? ''} disabled={move.isPending} onChange={(e) => move.mutate({ id: u.id, cohort: e.target.value || null })}>
                    <option value="">No cohort</option>
                    {names.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {move.error && <ErrorNote message={move.error.message} />}
      </section>
      <CohortsPanel cohorts={cohorts.data.cohorts} />
    </div>
  );
}
