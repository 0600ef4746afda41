import type { TConfigValue } from './config-value.ts';

/** Terraform's `jsondecode`: JSON text → value, or `{ error }` with the parser's message. Never throws. */
export function decodeJson(text: string): { value: TConfigValue } | { error: string } {
  try {
    return { value: JSON.parse(text) as TConfigValue };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
