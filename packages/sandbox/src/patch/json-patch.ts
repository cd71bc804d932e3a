import { cloneJson, deepEqual, isObject } from '../util/json.ts';
import { PatchError } from './errors.ts';

export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/** Splits an RFC 6901 JSON pointer into unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(token: string, length: number, forInsert: boolean, pointer: string): number {
  if (forInsert && token === '-') return length;
  if (!/^(0|[1-9][0-9]*)$/.test(token))
    throw new PatchError(`invalid array index "${token}" in "${pointer}"`);
  const index = Number(token);
  if (index > length || (!forInsert && index === length)) {
    throw new PatchError(`array index ${index} out of bounds in "${pointer}"`);
  }
  return index;
}

type Parent = { container: Record<string, unknown> | unknown[]; token: string };

function resolveParent(doc: unknown, pointer: string): Parent {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  if (last === undefined) throw new PatchError(`cannot address the whole document with "${pointer}"`);
  let node: unknown = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length, false, pointer)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else throw new PatchError(`path "${pointer}" does not exist`);
  }
  if (!Array.isArray(node) && !isObject(node)) throw new PatchError(`path "${pointer}" does not exist`);
  return { container: node, token: last };
}

function get(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length, false, pointer)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else throw new PatchError(`path "${pointer}" does not exist`);
  }
  return node;
}

function add(doc: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const { container, token } = resolveParent(doc, pointer);
  if (Array.isArray(container))
    container.splice(arrayIndex(token, container.length, true, pointer), 0, value);
  else container[token] = value;
  return doc;
}

function remove(doc: unknown, pointer: string): { doc: unknown; removed: unknown } {
  const { container, token } = resolveParent(doc, pointer);
  if (Array.isArray(container)) {
    const index = arrayIndex(token, container.length, false, pointer);
    const [removed] = container.splice(index, 1);
    return { doc, removed };
  }
  if (!Object.hasOwn(container, token))
    throw new PatchError(`unable to remove nonexistent key "${token}" in "${pointer}"`);
  const removed = container[token];
  delete container[token];
  return { doc, removed };
}

function parseOperations(patch: unknown): JsonPatchOperation[] {
  if (!Array.isArray(patch)) throw new PatchError('a JSON patch must be an array of operations', 400);
  return patch.map((raw, i) => {
    if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw new PatchError(`operation ${i} needs string "op" and "path"`, 400);
    }
    switch (raw.op) {
      case 'add':
      case 'replace':
      case 'test':
        if (!Object.hasOwn(raw, 'value'))
          throw new PatchError(`operation ${i} (${raw.op}) needs "value"`, 400);
        return { op: raw.op, path: raw.path, value: raw.value };
      case 'remove':
        return { op: 'remove', path: raw.path };
      case 'move':
      case 'copy':
        if (typeof raw.from !== 'string')
          throw new PatchError(`operation ${i} (${raw.op}) needs "from"`, 400);
        return { op: raw.op, from: raw.from, path: raw.path };
      default:
        throw new PatchError(`unexpected kind of operation "${String(raw.op)}"`, 400);
    }
  });
}

/**
 * RFC 6902 JSON patch (`application/json-patch+json`): add, remove, replace, move, copy, test.
 * Atomic: returns a new document, or throws PatchError and leaves the input untouched.
 */
export function applyJsonPatch(document: unknown, patch: unknown): unknown {
  const operations = parseOperations(patch);
  let doc = cloneJson(document);
  for (const op of operations) {
    switch (op.op) {
      case 'add':
        doc = add(doc, op.path, cloneJson(op.value));
        break;
      case 'remove':
        doc = remove(doc, op.path).doc;
        break;
      case 'replace':
        if (op.path === '') doc = cloneJson(op.value);
        else {
          get(doc, op.path);
          doc = remove(doc, op.path).doc;
          doc = add(doc, op.path, cloneJson(op.value));
        }
        break;
      case 'move': {
        if (op.path.startsWith(`${op.from}/`))
          throw new PatchError(`cannot move "${op.from}" into its own child`);
        if (op.from === op.path) break;
        const { doc: without, removed } = remove(doc, op.from);
        doc = add(without, op.path, removed);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, cloneJson(get(doc, op.from)));
        break;
      case 'test':
        if (!deepEqual(get(doc, op.path), op.value)) {
          throw new PatchError(`testing value ${op.path} failed`);
        }
        break;
    }
  }
  return doc;
}
