import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, serverSecrets, test } from './fixtures';

// Runs after the other specs (files run in name order with one worker): by now the server has
// logged whatever the suite made it log.
test('[security] no server secret appears in any log line written during the e2e suite', async ({
  request,
}) => {
  // Make the server log at least one error line.
  await request.get('/api/workspaces/sample/file?branch=main&path=..%2Fsecret');
  const logDir = path.join(process.env.RAMPART_E2E_DATA!, 'logs');
  const files = readdirSync(logDir).map((name) => path.join(logDir, name));
  const secrets = serverSecrets();
  expect(secrets.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const secret of secrets)
      expect(text.includes(secret), `${file} contains a secret`).toBe(false);
  }
});
