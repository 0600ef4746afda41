import type { TEntity, TVariableModel } from './types.ts';

/** The declaration of a `variable` entity: type constraint text, default, sensitivity, description. Never throws. */
export function buildVariableModel(entity: TEntity): TVariableModel {
  const { attributes } = entity.block;
  const description = attributes.description?.value;
  const model: TVariableModel = {
    name: entity.name,
    address: entity.address,
    file: entity.file,
    range: entity.range,
    type: attributes.type?.source ?? null,
    isSensitive: attributes.sensitive?.value === true,
    description: typeof description === 'string' ? description : null,
  };
  if (attributes.default) model.default = attributes.default;
  return model;
}
