'use client';
import type { TBlockStep, TFormField } from '@/lib/contracts/resource-api';
import type { TFieldContext } from './field-context';
import { FieldMessages } from './field-messages';
import { fieldKey } from './form-state';
import { FormField } from './form-field';

/**
 * A nested block type (actions, capture, the 2018 list blocks, rules): each written block with its
 * own fields, removable; a new one can be added (a single block only when there is none).
 * Adding and removing save at once, so they are offered only when no field edit is pending.
 */
export function BlockField({
  field,
  path,
  context,
}: {
  field: TFormField;
  path: TBlockStep[];
  context: TFieldContext;
}) {
  const blocks = field.blocks ?? [];
  const key = fieldKey(path, field.name);
  const canAdd = context.isEditable && (field.kind !== 'block-single' || blocks.length === 0);
  const pendingNote = context.canChangeBlocks
    ? undefined
    : 'Save or discard your field changes first';
  return (
    <fieldset className="form-block">
      <legend>{field.label}</legend>
      <p className="muted form-help">{field.help}</p>
      <FieldMessages
        id={`${key}-block-messages`}
        fieldKey={key}
        issues={context.issues.filter((i) => i.attribute === key)}
        diagnostics={context.diagnostics.filter((d) => d.attribute === key)}
      />
      {blocks.map((block, index) => {
        const step = [...path, { block: field.name, index }];
        const title = blocks.length > 1 ? `${field.label} ${index + 1}` : field.label;
        return (
          <fieldset key={`${block.line}:${index}`} className="form-block-item" aria-label={title}>
            <div className="form-block-toolbar">
              <span className="muted">line {block.line}</span>
              {context.isEditable ? (
                <button
                  type="button"
                  className="link"
                  disabled={!context.canChangeBlocks}
                  title={pendingNote}
                  onClick={() => context.onRemoveBlock(step)}
                >
                  Remove {title}
                </button>
              ) : null}
            </div>
            {block.fields.map((child) => (
              <FormField key={child.name} field={child} path={step} context={context} />
            ))}
          </fieldset>
        );
      })}
      {canAdd ? (
        <button
          type="button"
          className="link"
          disabled={!context.canChangeBlocks}
          title={pendingNote}
          onClick={() => context.onAddBlock(path, field.name)}
        >
          Add {field.label.toLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}
