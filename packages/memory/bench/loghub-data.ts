import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/eval` relative to the repository root, or `SRE_AGENT_EVAL_DIR` (a git worktree elsewhere). */
export const EVAL_ROOT =
  process.env.SRE_AGENT_EVAL_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval');

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type LoghubDataset = { name: string; contents: string[]; eventIds: string[]; templates: string[] };

/** Loads the LogHub 2k structured samples, or returns null when the folder is absent. */
export function loadLoghub(root = join(EVAL_ROOT, 'loghub')): LoghubDataset[] | null {
  if (!existsSync(root)) return null;
  return readdirSync(root)
    .filter((f) => f.endsWith('_2k.log_structured.csv'))
    .sort()
    .map((file) => {
      const [header, ...rows] = parseCsv(readFileSync(join(root, file), 'utf8'));
      const col = (name: string) => {
        const index = (header ?? []).indexOf(name);
        if (index < 0) throw new Error(`${file}: no ${name} column`);
        return index;
      };
      const [content, eventId, template] = [col('Content'), col('EventId'), col('EventTemplate')];
      const data = rows.filter((r) => r.length > 1);
      return {
        name: file.replace('_2k.log_structured.csv', ''),
        contents: data.map((r) => r[content] ?? ''),
        eventIds: data.map((r) => r[eventId] ?? ''),
        templates: data.map((r) => r[template] ?? ''),
      };
    });
}
