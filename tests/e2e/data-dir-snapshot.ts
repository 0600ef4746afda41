import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Files git or Rampart rewrite on reads (index stat refresh, logs of sessions and audits) are
// not "changes" a hostile request could make.
const VOLATILE = [
  /\/index$/,
  /\.lock$/,
  /\/audit\.log$/,
  /\/sessions\.json$/,
  /\/FETCH_HEAD$/,
  /\/logs\//,
];

/** A fingerprint of everything in the e2e data dir that a request could change: files and refs. */
export function snapshotDataDir(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || VOLATILE.some((pattern) => pattern.test(full))) continue;
    out[path.relative(dataDir, full)] = createHash('sha256')
      .update(readFileSync(full))
      .digest('hex');
  }
  const repo = path.join(dataDir, 'workspaces', 'sample', 'repo.git');
  if (statSync(repo, { throwIfNoEntry: false })) {
    out['(refs)'] = execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
      cwd: repo,
      encoding: 'utf8',
    });
  }
  return out;
}
