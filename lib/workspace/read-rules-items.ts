import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TRulesItems } from '../contracts/rules-item-api.ts';
import { AppError } from '../errors/app-error.ts';
import { parseRulesFile } from '../falco/parse-rules-file.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';

const RULES_FILE = /\.ya?ml$/;

/**
 * The rules, macros and lists of the Falco rules file `path` of the actor's draft, each with its
 * position and values, and the file's ETag (to present when saving one). Throws AppError
 * ('INVALID_INPUT') for a path that is not `.yaml`/`.yml`, and what `readDraftFile` throws.
 */
export async function readRulesItems(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  path: string,
): Promise<TRulesItems> {
  if (!RULES_FILE.test(path))
    throw new AppError('INVALID_INPUT', { message: `"${path}" is not a rules file (.yaml, .yml)` });
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const { content, etag } = await readDraftFile(draft, path);
  const parsed = parseRulesFile(content, { filename: path });
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  return {
    path,
    etag,
    items: parsed.items.flatMap((item) =>
      (item.kind === 'rule' || item.kind === 'macro' || item.kind === 'list') && item.name
        ? [
            {
              documentIndex: item.documentIndex,
              index: item.index,
              kind: item.kind,
              name: item.name,
              line: item.range.start.line,
              values: Object.fromEntries(item.fields.map((field) => [field.key, field.value])),
            },
          ]
        : [],
    ),
    ...(error ? { problem: `${path}:${error.line}:${error.column}: ${error.message}` } : {}),
  };
}
