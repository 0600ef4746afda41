import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TActor } from '@/lib/auth/get-actor';
import type { TSyncOutcome, TSyncState } from '@/lib/contracts/sync-api';
import { AppError } from '@/lib/errors/app-error';
import { abortSync } from '@/lib/workspace/abort-sync';
import { commitRequestDraft } from '@/lib/workspace/commit-request-draft';
import { computeEtag } from '@/lib/workspace/compute-etag';
import { continueSync } from '@/lib/workspace/continue-sync';
import type { TDraft } from '@/lib/workspace/draft';
import { openDraft } from '@/lib/workspace/open-draft';
import { readSyncState } from '@/lib/workspace/read-sync-state';
import { resolveSyncConflict } from '@/lib/workspace/resolve-sync-conflict';
import { syncDraft } from '@/lib/workspace/sync-draft';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';
import { git, tempDir } from '../../helpers/test-repo';
import { workspaceWithOrigin } from '../../helpers/workspace-with-origin';

const MAIN_TF = 'resource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n';
const NOTES = 'one\ntwo\nthree\n';
const alice: TActor = {
  id: 'alice',
  username: 'alice',
  name: 'Alice',
  email: 'alice@example.com',
  role: 'editor',
  isLocalDefault: false,
};

/** A bare origin, a workspace cloned from it, Alice's draft, and a second clone ("them"). */
async function setup() {
  const { dataDir, origin } = await workspaceWithOrigin({
    'policies/main.tf': MAIN_TF,
    'notes.txt': NOTES,
  });
  const draft = await openDraft(dataDir, 'ws', alice.id, 'main');
  const them = path.join(tempDir(), 'them');
  git(path.dirname(them), 'clone', '--quiet', origin, them);
  /** They change files and push to origin. */
  const theyPush = (files: Record<string, string>, message: string) => {
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(them, file), text);
    git(them, 'add', '--all');
    git(them, 'commit', '--quiet', '-m', message);
    git(them, 'push', '--quiet', 'origin', 'main');
  };
  return { origin, draft, theyPush, dataDir };
}

/** Alice saves files in her draft and commits them (the push is refused when origin moved). */
async function aliceCommits(draft: TDraft, files: Record<string, string>, message: string) {
  for (const [file, text] of Object.entries(files)) {
    const current = readFileSync(path.join(draft.dir, file), 'utf8');
    await writeDraftFile(draft, file, text, computeEtag(current));
  }
  return commitRequestDraft('ws', 'main', alice, { message });
}

function conflictOf(outcome: TSyncOutcome): TSyncState {
  if (outcome.status !== 'conflict') throw new Error(`expected a conflict, got ${outcome.status}`);
  return outcome.state;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

const theirsTf = MAIN_TF.replace('"x"', '"theirs"');
const mineTf = MAIN_TF.replace('"x"', '"mine"');

describe('[git] pull with rebase: conflicts per file', () => {
  it('[git] a conflict stays in progress with both versions; it survives a reload; keep mine, continue, pushed', async () => {
    const { origin, draft, theyPush, dataDir } = await setup();
    theyPush({ 'policies/main.tf': theirsTf, 'notes.txt': `${NOTES}four\n` }, 'Their change');
    expect((await aliceCommits(draft, { 'policies/main.tf': mineTf }, 'My change')).push).toBe(
      'rejected',
    );
    const state = conflictOf(await syncDraft(draft));
    expect(state).toMatchObject({
      isInProgress: true,
      phase: 'rebase',
      step: { current: 1, total: 1, subject: 'My change' },
    });
    expect(state.files.map((f) => f.path)).toEqual(['policies/main.tf']);
    const [file] = state.files;
    expect(file).toMatchObject({ theirs: theirsTf, mine: mineTf });
    expect(file!.content).toMatch(/^<<<<<<< /m);
    expect(file!.etag).toBe(computeEtag(file!.content));
    // Derived from git: a fresh look at the same worktree sees the same state.
    const reloaded = await readSyncState(await openDraft(dataDir, 'ws', alice.id, 'main'));
    expect(reloaded).toEqual(state);
    // Committing is refused while the rebase is stopped.
    const refused = await errorOf(commitRequestDraft('ws', 'main', alice, { message: 'More' }));
    expect(refused?.details).toMatchObject({ reason: 'sync-in-progress' });
    // Nothing reached origin yet.
    expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Their change');

    const resolved = await resolveSyncConflict(draft, {
      path: 'policies/main.tf',
      resolution: 'mine',
      baseEtag: file!.etag,
    });
    expect(resolved.files).toEqual([]);
    const done = await continueSync(draft);
    expect(done).toMatchObject({ status: 'done', isPushed: true });
    expect(git(origin, 'show', 'main:policies/main.tf')).toBe(mineTf);
    expect(git(origin, 'show', 'main:notes.txt')).toBe(`${NOTES}four\n`);
    expect(git(origin, 'log', '-2', '--format=%s|%an', 'main').trim().split('\n')).toEqual([
      'My change|Alice',
      'Their change|Test',
    ]);
    expect((await readSyncState(draft)).isInProgress).toBe(false);
  });

  it('[git] keep theirs drops the emptied commit; the draft ends on origin', async () => {
    const { origin, draft, theyPush } = await setup();
    theyPush({ 'policies/main.tf': theirsTf }, 'Their change');
    await aliceCommits(draft, { 'policies/main.tf': mineTf }, 'My change');
    const [file] = conflictOf(await syncDraft(draft)).files;
    await resolveSyncConflict(draft, {
      path: 'policies/main.tf',
      resolution: 'theirs',
      baseEtag: file!.etag,
    });
    const done = await continueSync(draft);
    expect(done.status).toBe('done');
    expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Their change');
    expect(readFileSync(path.join(draft.dir, 'policies/main.tf'), 'utf8')).toBe(theirsTf);
  });

  it('[git] edit: markers and unparsable HCL are refused with where; a stale ETag gets 409; a clean edit is accepted', async () => {
    const { origin, draft, theyPush } = await setup();
    theyPush({ 'policies/main.tf': theirsTf }, 'Their change');
    await aliceCommits(draft, { 'policies/main.tf': mineTf }, 'My change');
    const [file] = conflictOf(await syncDraft(draft)).files;
    const edit = (content: string, baseEtag = file!.etag) =>
      resolveSyncConflict(draft, {
        path: 'policies/main.tf',
        resolution: 'edit',
        content,
        baseEtag,
      });

    const withMarkers = await errorOf(edit(file!.content!));
    expect(withMarkers?.code).toBe('INVALID_INPUT');
    expect(withMarkers?.message).toMatch(/^policies\/main\.tf:\d+:1: a conflict marker/);
    const broken = await errorOf(edit(MAIN_TF.replace('items = ["x"]', 'items = ["x",')));
    expect(broken?.code).toBe('INVALID_INPUT');
    expect(broken?.message).toMatch(/^policies\/main\.tf:\d+:\d+: /);
    const both = MAIN_TF.replace('"x"', '"theirs", "mine"');
    expect((await errorOf(edit(both, computeEtag('stale'))))?.code).toBe('CONFLICT');
    // Refusals changed nothing: the file is still conflicted, markers and all.
    expect((await readSyncState(draft)).files.map((f) => f.content)).toEqual([file!.content]);

    expect((await edit(both)).files).toEqual([]);
    expect(await continueSync(draft)).toMatchObject({ status: 'done', isPushed: true });
    expect(git(origin, 'show', 'main:policies/main.tf')).toBe(both);
  });

  it('[git] several commits: each conflicting commit stops in turn, then the rebase completes', async () => {
    const { origin, draft, theyPush } = await setup();
    theyPush({ 'policies/main.tf': theirsTf, 'notes.txt': 'ONE\ntwo\nthree\n' }, 'Their change');
    await aliceCommits(draft, { 'policies/main.tf': mineTf }, 'Mine 1');
    await aliceCommits(draft, { 'notes.txt': 'uno\ntwo\nthree\n' }, 'Mine 2');
    const first = conflictOf(await syncDraft(draft));
    expect(first.step).toEqual({ current: 1, total: 2, subject: 'Mine 1' });
    expect(first.files.map((f) => f.path)).toEqual(['policies/main.tf']);
    // Continuing with a file still conflicted is refused.
    expect((await errorOf(continueSync(draft)))?.code).toBe('CONFLICT');
    await resolveSyncConflict(draft, {
      path: 'policies/main.tf',
      resolution: 'mine',
      baseEtag: first.files[0]!.etag,
    });
    const second = conflictOf(await continueSync(draft));
    expect(second.step).toEqual({ current: 2, total: 2, subject: 'Mine 2' });
    expect(second.files).toMatchObject([
      { path: 'notes.txt', theirs: 'ONE\ntwo\nthree\n', mine: 'uno\ntwo\nthree\n' },
    ]);
    await resolveSyncConflict(draft, {
      path: 'notes.txt',
      resolution: 'edit',
      content: 'ONE / uno\ntwo\nthree\n',
      baseEtag: second.files[0]!.etag,
    });
    expect(await continueSync(draft)).toMatchObject({ status: 'done', isPushed: true });
    expect(git(origin, 'log', '-3', '--format=%s', 'main').trim().split('\n')).toEqual([
      'Mine 2',
      'Mine 1',
      'Their change',
    ]);
    expect(git(origin, 'show', 'main:notes.txt')).toBe('ONE / uno\ntwo\nthree\n');
    expect(git(origin, 'show', 'main:policies/main.tf')).toBe(mineTf);
  });

  it('[git] abort restores the draft exactly: its commits, uncommitted edits and new files', async () => {
    const { origin, draft, theyPush } = await setup();
    theyPush({ 'policies/main.tf': theirsTf }, 'Their change');
    await aliceCommits(draft, { 'policies/main.tf': mineTf }, 'My change');
    const head = git(draft.dir, 'rev-parse', 'HEAD');
    writeFileSync(path.join(draft.dir, 'notes.txt'), 'edited, not committed\n');
    writeFileSync(path.join(draft.dir, 'policies/new.tf'), '# new, untracked\n');
    const status = git(draft.dir, 'status', '--porcelain');
    const stashes = git(draft.dir, 'stash', 'list');

    const state = conflictOf(await syncDraft(draft));
    expect(state.files.map((f) => f.path)).toEqual(['policies/main.tf']);
    // Half a resolution, then abort.
    await resolveSyncConflict(draft, {
      path: 'policies/main.tf',
      resolution: 'theirs',
      baseEtag: state.files[0]!.etag,
    });
    expect(await abortSync(draft)).toEqual({
      isInProgress: false,
      phase: null,
      step: null,
      files: [],
    });
    expect(git(draft.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(draft.dir, 'status', '--porcelain')).toBe(status);
    expect(git(draft.dir, 'stash', 'list')).toBe(stashes);
    expect(readFileSync(path.join(draft.dir, 'policies/main.tf'), 'utf8')).toBe(mineTf);
    expect(readFileSync(path.join(draft.dir, 'notes.txt'), 'utf8')).toBe('edited, not committed\n');
    expect(readFileSync(path.join(draft.dir, 'policies/new.tf'), 'utf8')).toBe(
      '# new, untracked\n',
    );
    expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Their change');
    const rebaseDir = git(draft.dir, 'rev-parse', '--git-path', 'rebase-merge').trim();
    expect(existsSync(path.resolve(draft.dir, rebaseDir))).toBe(false);
  });

  it('[git] uncommitted edits that conflict are resolved too, and stay uncommitted', async () => {
    const { origin, draft, theyPush } = await setup();
    theyPush({ 'policies/main.tf': theirsTf }, 'Their change');
    writeFileSync(path.join(draft.dir, 'policies/main.tf'), mineTf);
    const state = conflictOf(await syncDraft(draft));
    expect(state).toMatchObject({ phase: 'stash', step: null });
    expect(state.files).toMatchObject([
      { path: 'policies/main.tf', theirs: theirsTf, mine: mineTf },
    ]);
    expect((await readSyncState(draft)).phase).toBe('stash');
    await resolveSyncConflict(draft, {
      path: 'policies/main.tf',
      resolution: 'mine',
      baseEtag: state.files[0]!.etag,
    });
    expect(await continueSync(draft)).toMatchObject({ status: 'done', isPushed: false });
    expect(git(draft.dir, 'log', '-1', '--format=%s').trim()).toBe('Their change');
    expect(git(draft.dir, 'status', '--porcelain').trim()).toBe('M policies/main.tf');
    expect(readFileSync(path.join(draft.dir, 'policies/main.tf'), 'utf8')).toBe(mineTf);
    expect(git(draft.dir, 'stash', 'list')).toBe('');
    expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Their change');
  });
});
