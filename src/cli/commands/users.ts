import type { Command } from 'commander';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

/** Hosted mode's accounts: invite people, list them. Needs TPMPREP_HOSTED=1, DATABASE_URL and TPMPREP_PUBLIC_URL. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('hosted mode: invite candidates, coaches and administrators, and list them');
  users
    .command('add')
    .description('invite a person: prints a link where they set their password (valid for 7 days)')
    .requiredOption('--email <email>', 'their email address')
    .requiredOption('--role <role>', 'candidate, coach or admin')
    .option('--cohort <name>', 'the cohort they belong to (made if new)')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { email: string; role: string; cohort?: string; json?: boolean }) =>
        withHosted(async (hosted) => {
          const added = await hosted.accounts.addUser({ email: options.email, role: options.role, ...(options.cohort ? { cohort: options.cohort } : {}) });
          if (options.json) printJson(added);
          else console.log(`invited ${added.email} as ${added.role}${added.cohort ? ` in ${added.cohort}` : ''}\nsend them this link (valid until ${added.invitation.expiresAt}):\n${added.invitation.url}`);
        }),
      ),
    );
  // A command of its own rather than `users add` again: `add` invites a new person and must keep
  // refusing an email that has an account; this one changes an existing coach, and can take cohorts away.
  const collect = (value: string, previous: string[]) => [...previous, value];
  users
    .command('cohorts')
    .description("add cohorts to a coach (each made if new) or take them away; the coach's candidates are those of all their cohorts")
    .requiredOption('--email <email>', "the coach's email address")
    .option('--add <name>', 'a cohort to add (repeat for several)', collect, [] as string[])
    .option('--remove <name>', 'a cohort to take away (repeat for several)', collect, [] as string[])
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { email: string; add: string[]; remove: string[]; json?: boolean }) =>
        withHosted(async (hosted) => {
          const coach = await hosted.accounts.coachCohorts({ email: options.email, add: options.add, remove: options.remove });
          if (options.json) printJson(coach);
          else console.log(`${coach.email} coaches ${coach.cohorts.length === 0 ? 'no cohort' : coach.cohorts.join(', ')}`);
        }),
      ),
    );
  users
    .command('list')
    .description('every account, with its role and cohort')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) =>
        withHosted(async (hosted) => {
          const list = await hosted.accounts.list();
          if (options.json) printJson({ users: list });
          else for (const u of list) console.log(`${u.email}  ${u.role}${u.cohort ? `  ${u.cohort}` : ''}${u.invited ? '  (invited)' : ''}`);
        }),
      ),
    );
}

async function withHosted(body: (hosted: import('../../app/index.js').HostedRuntime) => Promise<void>): Promise<void> {
  const { hostedConfig, openHosted } = await import('../../app/index.js');
  const config = hostedConfig();
  if (!config) {
    const { InvalidInputError } = await import('../../core/errors.js');
    throw new InvalidInputError('accounts exist in hosted mode only: set TPMPREP_HOSTED=1, DATABASE_URL and TPMPREP_PUBLIC_URL');
  }
  await withApp(async (app) => {
    const hosted = await openHosted(app, config);
    try {
      await body(hosted);
    } finally {
      await hosted.close();
    }
  });
}
