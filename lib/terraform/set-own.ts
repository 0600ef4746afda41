/**
 * Sets `object[key] = value` as an own enumerable property, even for `__proto__` (which plain
 * assignment would treat as the prototype). Side effect: mutates `object`. Never throws.
 */
export function setOwn<T>(object: { [key: string]: T }, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else object[key] = value;
}
