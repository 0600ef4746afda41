import type { TCheckValue, TConditionNode, TConditionReferences, TReferenceSite } from './types.ts';

// Fields whose list values are event names, never list references (`evt.type in (open_by_handle_at)`).
const EVENT_NAME_FIELDS = new Set(['evt.type', 'evt.asynctype', 'syscall.type', 'evt.category']);
const LIST_OPERATORS = new Set(['in', 'intersects', 'pmatch']);
const LIST_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/**
 * The macros (bare identifiers) and possible lists a condition AST refers to. Falco replaces any
 * list item equal to a list's name, so every bare identifier-like list item is a candidate;
 * quoted items, numbers, paths and items compared with event-type fields are not. Pure.
 */
export function collectConditionReferences(ast: TConditionNode | null): TConditionReferences {
  const sites: TReferenceSite[] = [];
  if (ast) visit(ast, sites);
  const macros = uniqueNames(sites, 'macro');
  const lists = uniqueNames(sites, 'list');
  const names = [...macros];
  const macroSet = macros.length > 16 ? new Set(macros) : undefined;
  for (const name of lists)
    if (!(macroSet ? macroSet.has(name) : macros.includes(name))) names.push(name);
  return { names, macros, lists, sites };
}

// Module-level functions, no per-call closures or intermediate arrays: validation collects the
// references of thousands of conditions.
function visit(node: TConditionNode, sites: TReferenceSite[]): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const child of node.children) visit(child, sites);
      break;
    case 'not':
      visit(node.child, sites);
      break;
    case 'identifier':
      sites.push({ kind: 'macro', name: node.name, start: node.start, end: node.end });
      break;
    case 'binary':
      if (!(node.left.kind === 'field' && EVENT_NAME_FIELDS.has(node.left.name)))
        collectListSites(node.operator, node.right, sites);
      break;
    default:
      break;
  }
}

/** Names of the sites of one kind, first occurrence first. */
function uniqueNames(sites: readonly TReferenceSite[], kind: TReferenceSite['kind']): string[] {
  const names: string[] = [];
  // A set only for long conditions: most have a handful of references.
  const seen = sites.length > 16 ? new Set<string>() : undefined;
  for (const site of sites) {
    if (site.kind !== kind) continue;
    if (seen ? seen.has(site.name) : names.includes(site.name)) continue;
    seen?.add(site.name);
    names.push(site.name);
  }
  return names;
}

function collectListSites(operator: string, value: TCheckValue, sites: TReferenceSite[]): void {
  const items = value.kind === 'list' ? value.items : [];
  for (const item of items) {
    if (!item.isQuoted && LIST_NAME.test(item.value)) {
      sites.push({
        kind: 'list',
        name: item.value,
        start: item.start,
        end: item.end,
        ...(items.length > 1 ? { isAmbiguous: true } : {}),
      });
    }
  }
  // `proc.name in shell_binaries`: an identifier on the right of a list operator names a list.
  const isListOperator = LIST_OPERATORS.has(operator) || operator.includes(' ');
  if (isListOperator && value.kind === 'value' && !value.isQuoted && LIST_NAME.test(value.value)) {
    sites.push({ kind: 'list', name: value.value, start: value.start, end: value.end });
  }
}
