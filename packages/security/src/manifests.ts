import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { addObject, emptyInventory, type SecurityInventory } from './inventory.ts';

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MAX_FILES = 10_000;

/** Adds every object of one multi-document YAML (or JSON) text; `List` objects are unpacked. */
export function addManifestText(inventory: SecurityInventory, text: string, source: string): void {
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      inventory.unreadable.push({
        kind: 'file',
        name: source,
        reason: doc.errors[0]?.message.slice(0, 512) ?? 'invalid YAML',
      });
      continue;
    }
    addValue(inventory, doc.toJS({ maxAliasCount: 100 }) as unknown, source);
  }
}

function addValue(inventory: SecurityInventory, value: unknown, source: string): void {
  if (value === null || typeof value !== 'object') return;
  const { kind, items } = value as { kind?: unknown; items?: unknown };
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)) {
    for (const item of items) addValue(inventory, item, source);
    return;
  }
  if (typeof kind === 'string') addObject(inventory, kind, value);
}

async function manifestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && MANIFEST_EXTENSIONS.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .slice(0, MAX_FILES);
}

/**
 * Reads a directory of manifests (recursively; multi-document YAML or JSON) into an inventory.
 * Manifests carry their RBAC, so the RBAC checks judge what the directory holds. Secrets are
 * read only with `secrets: true`.
 */
export async function readManifestInventory(
  dir: string,
  options: { secrets?: boolean } = {},
): Promise<SecurityInventory> {
  const inventory = emptyInventory(true, options.secrets === true);
  for (const file of await manifestFiles(dir)) {
    const text = await readFile(file, 'utf8');
    if (text.length > MAX_FILE_BYTES) {
      inventory.unreadable.push({ kind: 'file', name: file, reason: `larger than ${MAX_FILE_BYTES} bytes` });
      continue;
    }
    addManifestText(inventory, text, file);
  }
  return inventory;
}
