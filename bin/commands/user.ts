import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { appendAuditEvent } from '../../lib/audit/append-audit-event.ts';
import { addUser, listUsers, removeUser, updateUser } from '../../lib/auth/manage-users.ts';
import { ZRole, type TRole } from '../../lib/auth/roles.ts';
import { parseEnv } from '../../lib/env.ts';
import { AppError } from '../../lib/errors/app-error.ts';

interface TUserOptions {
  data?: string;
  role?: string;
  name?: string;
  email?: string;
  passwordStdin?: boolean;
}

/** `rampart user add|remove|passwd|list`: local accounts and their roles. */
export function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description('Manage local accounts (roles: viewer, editor, approver, admin).')
    .option('--data <dir>', 'data directory (env RAMPART_DATA_DIR, default ./.rampart-data)');

  user
    .command('add <username>')
    .description(
      'Create an account; the password is read from the terminal or, with --password-stdin, from stdin.',
    )
    .requiredOption('--role <role>', 'viewer | editor | approver | admin')
    .option('--name <name>', 'display name (the author name of commits)')
    .option('--email <email>', 'email (the author email of commits)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, options: TUserOptions) => {
      const dataDir = dataDirOf(user);
      const role = parseRole(options.role);
      const password = await readPassword(options.passwordStdin === true);
      const created = await addUser(dataDir, {
        username,
        password,
        role,
        name: options.name,
        email: options.email,
      });
      await appendAuditEvent(dataDir, {
        actor: 'cli',
        action: 'user-add',
        target: created.username,
        detail: { role },
      });
      process.stdout.write(`added ${created.username} (${created.role})\n`);
    });

  user
    .command('remove <username>')
    .description('Delete an account.')
    .action(async (username: string) => {
      const dataDir = dataDirOf(user);
      await removeUser(dataDir, username);
      await appendAuditEvent(dataDir, { actor: 'cli', action: 'user-remove', target: username });
      process.stdout.write(`removed ${username}\n`);
    });

  user
    .command('passwd <username>')
    .description('Set an account’s password (and, with --role, its role).')
    .option('--role <role>', 'new role: viewer | editor | approver | admin')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, options: TUserOptions) => {
      const dataDir = dataDirOf(user);
      const role = options.role ? parseRole(options.role) : undefined;
      const password = await readPassword(options.passwordStdin === true);
      await updateUser(dataDir, username, { password, role });
      await appendAuditEvent(dataDir, {
        actor: 'cli',
        action: 'user-update',
        target: username,
        detail: { role: role ?? null },
      });
      process.stdout.write(`updated ${username}\n`);
    });

  user
    .command('list')
    .description('List accounts.')
    .option('--format <format>', 'text | json', 'text')
    .action(async (options: { format: string }) => {
      const users = await listUsers(dataDirOf(user));
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
      else
        for (const u of users)
          process.stdout.write(`${u.username}\t${u.role}\t${u.name} <${u.email}>\n`);
    });
}

function dataDirOf(command: Command): string {
  const data = command.opts<{ data?: string }>().data;
  if (data !== undefined) process.env.RAMPART_DATA_DIR = data;
  return parseEnv().dataDir;
}

function parseRole(value: string | undefined): TRole {
  const parsed = ZRole.safeParse(value);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', {
      message: `--role must be one of viewer, editor, approver, admin (got "${value ?? ''}")`,
    });
  return parsed.data;
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  const terminal = createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: true,
  });
  try {
    return await terminal.question('password: ');
  } finally {
    terminal.close();
  }
}
