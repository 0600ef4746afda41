import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '@/lib/workspace/data-paths';
import {
  ensureSampleWorkspace,
  SAMPLE_WORKSPACE_ID,
} from '@/lib/workspace/ensure-sample-workspace';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';
import { git, tempDir } from '../../helpers/test-repo';

const hasTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;

describe('[sample] the embedded default workspace', () => {
  it('[sample] is a real git repo on main with one commit holding both eras; a restart adds nothing', async () => {
    const dataDir = tempDir();
    await ensureSampleWorkspace(dataDir);
    const repo = dataPaths.workspaceRepo(dataDir, SAMPLE_WORKSPACE_ID);
    expect(git(repo, 'rev-list', '--count', 'main').trim()).toBe('1');
    const files = git(repo, 'ls-tree', '-r', '--name-only', 'main').trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'legacy-2018/policies.tf',
        'legacy-2018/notification_channels.tf',
        'legacy-2018/policies_priority.tf',
        'legacy-2018/user_rules.tf',
        'legacy-2018/rules.yaml',
        'current/policies.tf',
        'current/falco.tf',
        'current/notification_channels.tf',
      ]),
    );
    const config = await readWorkspaceConfig(dataDir, SAMPLE_WORKSPACE_ID);
    expect(config.roots).toEqual(['legacy-2018', 'current']);
    const head = git(repo, 'rev-parse', 'main');

    await ensureSampleWorkspace(dataDir);
    expect(git(repo, 'rev-parse', 'main')).toBe(head);
    expect(readdirSync(dataPaths.workspacesDir(dataDir))).toEqual([SAMPLE_WORKSPACE_ID]);
  });

  it('[sample] a half-created sample (no workspace.json) is rebuilt', async () => {
    const dataDir = tempDir();
    await ensureSampleWorkspace(dataDir);
    const { rmSync } = await import('node:fs');
    rmSync(dataPaths.workspaceConfig(dataDir, SAMPLE_WORKSPACE_ID));
    await ensureSampleWorkspace(dataDir);
    expect(existsSync(dataPaths.workspaceConfig(dataDir, SAMPLE_WORKSPACE_ID))).toBe(true);
  });

  it.skipIf(!hasTerraform)(
    '[sample] is formatted exactly as terraform fmt would (skipped without terraform)',
    () => {
      const sample = path.resolve('lib/workspace/sample');
      const result = spawnSync('terraform', ['fmt', '-check', '-recursive', '-list=true', sample], {
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      });
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    },
  );

  it.skipIf(!hasTerraform)(
    '[sample] terraform accepts its syntax (validate stops only at the provider it cannot download)',
    () => {
      for (const root of ['legacy-2018', 'current']) {
        const dir = tempDir();
        execFileSync('cp', ['-r', path.resolve('lib/workspace/sample', root), dir]);
        const result = spawnSync('terraform', ['validate', '-json', '-no-color'], {
          cwd: path.join(dir, root),
          encoding: 'utf8',
          env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' },
        });
        const report = JSON.parse(result.stdout) as { diagnostics: { summary: string }[] };
        const summaries = report.diagnostics.map((d) => d.summary);
        // Offline, terraform stops at "Missing required provider"; any syntax error would come first.
        expect(
          summaries.every((s) => /provider/i.test(s)),
          `${root}: ${summaries.join('; ')}`,
        ).toBe(true);
      }
    },
  );
});
