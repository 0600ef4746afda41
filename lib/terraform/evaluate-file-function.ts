import { parseHcl, type HclFunctionCall } from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { isObjectValue } from './is-object-value.ts';
import { resolveFilePath } from './resolve-file-path.ts';
import { collectUnknownReferences, containsUnknown, makeUnknown } from './unknown-values.ts';

const MARKER = 'RAMPART_TEMPLATE_EOT';

/**
 * `file(path)`, `fileexists(path)` and `templatefile(path, vars)` through the module's injected
 * readFile (paths resolved by resolveFilePath). A missing file is a `missing-file` error naming
 * the resolved path, and the value is unknown; template errors are reported at the call.
 * Returns undefined for any other function name. Never throws.
 */
export function evaluateFileFunction(
  name: string,
  args: readonly TConfigValue[],
  call: HclFunctionCall,
  context: TEvalContext,
): TConfigValue | undefined {
  if (name !== 'file' && name !== 'templatefile' && name !== 'fileexists') return undefined;
  const unknown = () => makeUnknown(collectUnknownReferences(args), sourceOf(context, call));
  const [pathArg, vars] = args;
  const expectedArgs = name === 'templatefile' ? 2 : 1;
  if (args.length !== expectedArgs) {
    reportAt(
      context,
      call,
      'invalid-function-argument',
      `Invalid call to ${name}(): expected ${expectedArgs} argument(s), got ${args.length}.`,
    );
    return unknown();
  }
  if (isUnknownValue(pathArg)) return unknown();
  if (typeof pathArg !== 'string') {
    reportAt(
      context,
      call,
      'invalid-function-argument',
      `Invalid call to ${name}(): the path must be a string.`,
    );
    return unknown();
  }
  const path = resolveFilePath(context.module, pathArg);
  const text = context.module.readFile ? context.module.readFile(path) : null;
  if (name === 'fileexists') return text !== null;
  if (text === null) {
    reportAt(
      context,
      call.args[0] ?? call,
      'missing-file',
      `${name}(): the file ${path} does not exist.`,
      {
        hint: `Create ${path}, or fix the path (relative paths resolve against the module folder ${context.module.path}).`,
      },
    );
    return unknown();
  }
  if (name === 'file') return text;
  if (vars === undefined || isUnknownValue(vars) || containsUnknown(vars)) return unknown();
  if (!isObjectValue(vars)) {
    reportAt(
      context,
      call,
      'invalid-function-argument',
      'Invalid call to templatefile(): the variables must be a map or object.',
    );
    return unknown();
  }
  return renderTemplateFile(text, path, vars, call, context);
}

function renderTemplateFile(
  text: string,
  path: string,
  vars: { [key: string]: TConfigValue },
  call: HclFunctionCall,
  context: TEvalContext,
): TConfigValue {
  // lib/hcl parses templates only inside expressions, so the file is wrapped in a heredoc.
  const hasNewline = text.endsWith('\n');
  const wrapped = `t = <<${MARKER}\n${text}${hasNewline ? '' : '\n'}${MARKER}\n`;
  const parsed = parseHcl(wrapped, { filename: path });
  const attribute = parsed.attributes[0];
  if (parsed.diagnostics.length > 0 || !attribute) {
    const first = parsed.diagnostics[0];
    reportAt(
      context,
      call,
      'invalid-template',
      `templatefile(): ${path} is not a valid template${first ? `: ${first.message} at line ${first.range.start.line - 1}` : ''}.`,
    );
    return makeUnknown([], sourceOf(context, call));
  }
  const diagnostics: TEvalContext['diagnostics'] = [];
  const value = evaluateExpression(attribute.expression, {
    ...context,
    text: wrapped,
    lineStarts: parsed.file.tokens.lineStarts,
    scope: new Map(Object.entries(vars)),
    diagnostics,
    isTemplateFile: true,
  });
  for (const d of diagnostics)
    reportAt(context, call, d.code, `In ${path}:${d.line - 1}:${d.column}: ${d.message}`, {
      severity: d.severity,
    });
  if (typeof value === 'string' && !hasNewline) return value.slice(0, -1);
  return value;
}
