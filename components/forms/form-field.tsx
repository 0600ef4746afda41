'use client';
import { useState } from 'react';
import type { TBlockStep, TFormField, TFormValue } from '@/lib/contracts/resource-api';
import { BlockField } from './block-field';
import { candidatesOf, fieldId, type TFieldContext } from './field-context';
import { FieldMessages } from './field-messages';
import { fieldKey, initialValue } from './form-state';
import { ItemsField } from './items-field';
import { MapField } from './map-field';

/** One field of a resource form, by kind: input, select, switch, list, map, picker, secret, block. */
export function FormField({
  field,
  path,
  context,
}: {
  field: TFormField;
  path: TBlockStep[];
  context: TFieldContext;
}) {
  if (field.blocks) return <BlockField field={field} path={path} context={context} />;
  const key = fieldKey(path, field.name);
  const id = fieldId(key);
  const edit = context.edits[key];
  const value = edit ? edit.value : initialValue(field.value);
  const set = (next: TFormValue | null) => context.onEdit(field, path, next);
  const messages = (
    <FieldMessages
      id={`${id}-messages`}
      fieldKey={key}
      issues={context.issues}
      diagnostics={context.diagnostics}
    />
  );
  const isList = field.kind === 'list' || field.kind === 'set';
  if (field.value.kind === 'expression' && !edit) {
    return (
      <div className="form-row">
        <span className="form-label">{field.label}</span>
        <div className="form-control">
          <code aria-label={`${field.label} expression`}>{field.value.expression}</code>{' '}
          <button type="button" className="link" onClick={() => context.onOpenCode(field.line)}>
            Edit {field.label} in code
          </button>
          <p className="muted">An expression, not a literal: edit it in code.</p>
          {messages}
        </div>
      </div>
    );
  }
  if (isList || field.kind === 'map') {
    return (
      <fieldset className="form-row form-group" aria-describedby={`${id}-messages`}>
        <legend className="form-label">
          {field.label}
          {field.isRequired ? ' *' : ''}
        </legend>
        <div className="form-control">
          {field.kind === 'map' ? (
            <MapField
              label={field.label}
              value={(value ?? {}) as Record<string, string>}
              isEditable={context.isEditable}
              onChange={set}
            />
          ) : (
            <ItemsField
              field={field}
              value={Array.isArray(value) ? value : []}
              candidates={candidatesOf(field, context.references)}
              isEditable={context.isEditable}
              onChange={set}
            />
          )}
          <p className="muted form-help">{field.help}</p>
          {messages}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="form-row">
      <label className="form-label" htmlFor={id}>
        {field.label}
        {field.isRequired ? ' *' : ''}
      </label>
      <div className="form-control">
        <ScalarInput
          id={id}
          field={field}
          value={value}
          isEditable={context.isEditable}
          candidates={candidatesOf(field, context.references)}
          onChange={set}
        />
        <p className="muted form-help">
          {field.help}
          {field.isForceNew ? ' Changing it replaces the object in Secure.' : ''}
          {field.deprecated ? ` Deprecated: ${field.deprecated}` : ''}
        </p>
        {messages}
      </div>
    </div>
  );
}

interface TScalarProps {
  id: string;
  field: TFormField;
  value: TFormValue | null | undefined;
  isEditable: boolean;
  candidates: Array<{ expression: string; label: string }>;
  onChange: (value: TFormValue | null) => void;
}

function ScalarInput({ id, field, value, isEditable, candidates, onChange }: TScalarProps) {
  const described = `${id}-messages`;
  if (field.value.kind === 'secret')
    return (
      <SecretInput id={id} isSet={field.value.isSet} isEditable={isEditable} onChange={onChange} />
    );
  if (field.reference) {
    const current =
      typeof value === 'object' && value !== null && 'expression' in value
        ? String(value.expression)
        : '';
    const isKnown = candidates.some((c) => c.expression === current);
    return (
      <select
        id={id}
        aria-describedby={described}
        disabled={!isEditable}
        value={current}
        onChange={(e) => onChange(e.target.value ? { expression: e.target.value } : null)}
      >
        <option value="">(not set)</option>
        {current && !isKnown ? (
          <option value={current}>{current} — not declared in this module</option>
        ) : null}
        {candidates.map((c) => (
          <option key={c.expression} value={c.expression}>
            {c.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'bool') {
    const isOn = value === true || (value === undefined && field.defaultValue === true);
    return (
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={isOn}
        aria-describedby={described}
        disabled={!isEditable}
        checked={isOn}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  }
  if (field.enumValues) {
    const current = typeof value === 'string' ? value : '';
    return (
      <select
        id={id}
        aria-describedby={described}
        disabled={!isEditable}
        value={current}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">
          {field.defaultValue !== undefined
            ? `(default: ${String(field.defaultValue)})`
            : '(not set)'}
        </option>
        {current && !field.enumValues.includes(current) ? (
          <option value={current}>{current} (not allowed)</option>
        ) : null}
        {field.enumValues.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'number') {
    return (
      <input
        id={id}
        type="number"
        aria-describedby={described}
        disabled={!isEditable}
        min={field.min}
        max={field.max}
        value={typeof value === 'number' ? value : ''}
        placeholder={
          field.defaultValue !== undefined ? `default ${String(field.defaultValue)}` : undefined
        }
        onChange={(e) =>
          onChange(
            e.target.value === '' || Number.isNaN(e.target.valueAsNumber)
              ? null
              : e.target.valueAsNumber,
          )
        }
      />
    );
  }
  const text =
    typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const isLong = text.length > 80 || text.includes('\n');
  const common = { id, 'aria-describedby': described, disabled: !isEditable, value: text };
  return isLong ? (
    <textarea
      {...common}
      rows={Math.min(12, text.split('\n').length + 1)}
      onChange={(e) => onChange(e.target.value === '' && !field.isRequired ? null : e.target.value)}
    />
  ) : (
    <input
      {...common}
      type="text"
      onChange={(e) => onChange(e.target.value === '' && !field.isRequired ? null : e.target.value)}
    />
  );
}

// Secrets never travel to the browser: the form says whether one is set and takes a replacement.
function SecretInput({
  id,
  isSet,
  isEditable,
  onChange,
}: {
  id: string;
  isSet: boolean;
  isEditable: boolean;
  onChange: (value: TFormValue | null) => void;
}) {
  const [isReplacing, setReplacing] = useState(false);
  return (
    <span className="secret-field">
      <span aria-label="Secret value">{isSet ? '•••• (set)' : '(not set)'}</span>{' '}
      {isEditable && !isReplacing ? (
        <button type="button" className="link" onClick={() => setReplacing(true)}>
          Replace
        </button>
      ) : null}
      {isReplacing ? (
        <input
          id={id}
          type="password"
          autoComplete="off"
          placeholder="new value"
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        />
      ) : null}
    </span>
  );
}
