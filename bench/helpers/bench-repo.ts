import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The i-th of a mix of today's resources that reference each other (channel, list, macro, rule, policy). */
export function benchResource(i: number): string {
  switch (i % 5) {
    case 0:
      return `resource "sysdig_secure_notification_channel_email" "c${i}" {\n  name       = "channel ${i}"\n  recipients = ["team${i}@example.com"]\n}\n`;
    case 1:
      return `resource "sysdig_secure_list" "l${i}" {\n  name  = "list_${i}"\n  items = ["a${i}", "b${i}", "c${i}"]\n}\n`;
    case 2:
      return `resource "sysdig_secure_macro" "m${i}" {\n  name      = "macro_${i}"\n  condition = "proc.name in (list_${i - 1}) and fd.num >= 0"\n}\n`;
    case 3:
      return `resource "sysdig_secure_rule_falco" "r${i}" {\n  name      = "Rule ${i}"\n  condition = "macro_${i - 1} and evt.type = execve"\n  output    = "rule ${i} fired (user=%user.name)"\n  priority  = "warning"\n  source    = "syscall"\n  tags      = ["bench"]\n}\n`;
    default:
      return `resource "sysdig_secure_custom_policy" "p${i}" {\n  name        = "Policy ${i}"\n  description = "bench policy ${i}"\n  severity    = 4\n\n  rules {\n    name = sysdig_secure_rule_falco.r${i - 1}.name\n  }\n\n  notification_channels = [sysdig_secure_notification_channel_email.c${i - 4}.id]\n}\n`;
  }
}

/**
 * A throw-away git repo (branch main, one commit) with `resources` resources in one root
 * module `bench/`, `perFile` to a file; returns its path.
 */
export function benchRepo(resources: number, perFile = 10): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-repo-'));
  mkdirSync(path.join(dir, 'bench'));
  for (let f = 0; f < resources / perFile; f += 1) {
    const parts: string[] = [];
    for (let i = f * perFile; i < (f + 1) * perFile; i += 1) parts.push(benchResource(i));
    writeFileSync(path.join(dir, 'bench', `f${f}.tf`), parts.join('\n'));
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', '--all'],
    ['commit', '--quiet', '-m', 'bench'],
  ])
    execFileSync('git', args, { cwd: dir, env });
  return dir;
}
