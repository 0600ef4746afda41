import type { TBlockModel, TEntity, TTerraformDiagnostic } from './types.ts';

const LABEL_COUNTS: Record<string, number> = {
  resource: 2,
  data: 2,
  variable: 1,
  provider: 1,
  output: 1,
  module: 1,
  locals: 0,
};

/**
 * The addressable entities a top-level block declares: a resource (`type.name`), data source
 * (`data.type.name`), variable (`var.x`), each local of a `locals` block (`local.x`), provider
 * (`provider.p` or `provider.p.alias`), output (`output.x`) or module call (`module.x`).
 * A block with the wrong number of labels yields a `invalid-block` diagnostic and no entity.
 * Other block types (terraform, import, moved, …) declare nothing. Never throws.
 */
export function collectBlockEntities(block: TBlockModel): {
  entities: TEntity[];
  diagnostics: TTerraformDiagnostic[];
} {
  const expected = LABEL_COUNTS[block.type];
  if (expected === undefined) return { entities: [], diagnostics: [] };
  if (block.labels.length !== expected) {
    const labels =
      expected === 0
        ? 'no labels'
        : expected === 1
          ? 'one label (its name)'
          : 'two labels (type and name)';
    return {
      entities: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'invalid-block',
          message: `A \`${block.type}\` block takes ${labels}; this one has ${block.labels.length}.`,
          file: block.file,
          line: block.range.line,
          column: block.range.column,
          endLine: block.range.line,
          endColumn: block.range.column + block.type.length,
        },
      ],
    };
  }
  const [first = '', second = ''] = block.labels;
  const make = (kind: TEntity['kind'], address: string, type: string, name: string): TEntity => ({
    kind,
    address,
    file: block.file,
    range: block.range,
    block,
    type,
    name,
  });
  switch (block.type) {
    case 'resource':
      return one(make('resource', `${first}.${second}`, first, second));
    case 'data':
      return one(make('data', `data.${first}.${second}`, first, second));
    case 'variable':
      return one(make('variable', `var.${first}`, '', first));
    case 'output':
      return one(make('output', `output.${first}`, '', first));
    case 'module':
      return one(make('module', `module.${first}`, '', first));
    case 'provider': {
      const alias = block.attributes.alias?.value;
      const hasAlias = typeof alias === 'string';
      return one(
        make(
          'provider',
          hasAlias ? `provider.${first}.${alias}` : `provider.${first}`,
          first,
          hasAlias ? alias : first,
        ),
      );
    }
    default: {
      const entities = Object.values(block.attributes).map((attribute): TEntity => ({
        ...make('local', `local.${attribute.name}`, '', attribute.name),
        range: attribute.range,
        attribute,
      }));
      return { entities, diagnostics: [] };
    }
  }
}

function one(entity: TEntity): { entities: TEntity[]; diagnostics: TTerraformDiagnostic[] } {
  return { entities: [entity], diagnostics: [] };
}
