import 'server-only';
import { fileURLToPath } from 'node:url';

/** Absolute path of the Rampart installation (where package.json and .next live). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
