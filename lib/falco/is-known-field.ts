import { BUILTIN_FIELD_CLASSES, BUILTIN_FIELDS } from './falco-fields.ts';

const KNOWN = new Set(BUILTIN_FIELDS);
const CLASSES = new Set(BUILTIN_FIELD_CLASSES);

/**
 * False only for a field in a built-in class (`proc.`, `evt.`, `fd.`, …) that libsinsp does not
 * define. A known field followed by a dotted argument (`evt.arg.flags`) is known; fields of other
 * classes (plugins: `container.`, `k8s.`, `ka.`, …) are assumed known. Pure.
 */
export function isKnownField(name: string): boolean {
  if (KNOWN.has(name) || !CLASSES.has(name.slice(0, name.indexOf('.')))) return true;
  for (let dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
    if (KNOWN.has(name.slice(0, dot))) return true;
  }
  return false;
}
