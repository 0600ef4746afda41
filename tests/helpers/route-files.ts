import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every route handler file under app/api, relative to the project root. */
export function apiRouteFiles(root = path.resolve('app/api')): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'route.ts')
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A URL path for a route file, with sample values for its dynamic segments. */
export function samplePathOf(file: string): string {
  return (
    '/' +
    path
      .dirname(file)
      .replace(/^app\//, '')
      .replace(/\[\.\.\.[^\]]+\]/g, 'x/y')
      .replace(/\[workspaceId\]/g, 'sample')
      .replace(/\[[^\]]+\]/g, 'x')
  );
}
