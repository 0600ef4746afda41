import 'server-only';
import { readFile } from 'node:fs/promises';
import { auditLogFile, ZAuditEvent, type TAuditEvent } from './append-audit-event.ts';

/** The newest `limit` audit events, newest first. Malformed lines are skipped. */
export async function readAuditEvents(dataDir: string, limit = 500): Promise<TAuditEvent[]> {
  const text = await readFile(auditLogFile(dataDir), 'utf8').catch(() => '');
  const events: TAuditEvent[] = [];
  for (const line of text.split('\n').reverse()) {
    if (!line) continue;
    const parsed = ZAuditEvent.safeParse(parseLine(line));
    if (parsed.success) events.push(parsed.data);
    if (events.length >= limit) break;
  }
  return events;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}
