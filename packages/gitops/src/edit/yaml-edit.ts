import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  Scalar,
  type YAMLMap,
} from 'yaml';
import type { FieldPath, PathSegment } from '../finding.ts';
import { formatPath } from '../finding.ts';

/** One edit inside one YAML document of a file; paths are relative to the document's root. */
export type DocumentEdit =
  | { op: 'set'; document: number; path: FieldPath; value: unknown }
  | { op: 'delete'; document: number; path: FieldPath }
  | { op: 'comment'; document: number; path: FieldPath; text: string };

/** An edit that cannot be made as asked (an alias in the way, a list element that is not there). */
export class YamlEditError extends Error {}

type Style = { indent: number; indentSeq: boolean };

/** The file's own indentation step and whether its block sequences are indented under their key. */
export function detectStyle(text: string): Style {
  const lines = text.split('\n');
  let indent = 0;
  let indentSeq: boolean | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    if (!/^\s*[^#\s][^#]*:\s*$/.test(line)) continue;
    const next = lines[i + 1] as string;
    const own = line.length - line.trimStart().length;
    const inner = next.length - next.trimStart().length;
    if (next.trimStart().startsWith('- ')) {
      indentSeq ??= inner > own;
      if (inner > own && indent === 0) indent = inner - own;
    } else if (inner > own && indent === 0 && next.trim() !== '') indent = inner - own;
    if (indent !== 0 && indentSeq !== undefined) break;
  }
  return { indent: indent || 2, indentSeq: indentSeq ?? true };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** `{a: {b: value}}` for the rest of a path below what exists. */
function nest(rest: readonly PathSegment[], value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const s = rest[i] as PathSegment;
    if (typeof s !== 'string') throw new YamlEditError(`cannot create a list element (${formatPath(rest)})`);
    v = { [s]: v };
  }
  return v;
}

/** `key: value` as block YAML at a column, in the file's style. */
function renderPair(key: string, value: unknown, col: number, style: Style): string {
  const doc = new Document({ [key]: value }, { aliasDuplicateObjects: false });
  const text = doc
    .toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 })
    .replace(/\n$/, '');
  const pad = ' '.repeat(col);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function renderFlow(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  if (doc.contents && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function renderScalar(value: unknown, like: Scalar | undefined): string {
  if (typeof value === 'string' && like?.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (typeof value === 'string' && like?.type === Scalar.QUOTE_SINGLE)
    return `'${value.replaceAll("'", "''")}'`;
  return new Document(value, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function findItem(node: Node, segment: PathSegment): { pair?: Pair; node?: Node | null } | undefined {
  if (typeof segment === 'string') {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment) as Pair | undefined;
    return pair ? { pair, node: (pair.value as Node | null) ?? null } : undefined;
  }
  if (!isSeq(node)) return undefined;
  if (typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item === undefined ? undefined : { node: item };
  }
  const item = node.items.find(
    (i) =>
      isMap(i) &&
      i.items.some(
        (p) =>
          isScalar(p.key) && p.key.value === 'name' && isScalar(p.value) && p.value.value === segment.name,
      ),
  ) as Node | undefined;
  return item === undefined ? undefined : { node: item };
}

type Walk = {
  /** The deepest node that exists on the path and how many segments it took. */
  node: Node;
  depth: number;
  /** The pair that holds `node`, when it is a map value. */
  pair?: Pair;
};

function walk(root: Node, path: FieldPath): Walk {
  let current: Walk = { node: root, depth: 0 };
  for (const segment of path) {
    if (isAlias(current.node))
      throw new YamlEditError(
        `${formatPath(path.slice(0, current.depth))} is a YAML alias: editing it would change every place that shares the anchor`,
      );
    const found = findItem(current.node, segment);
    if (!found) return current;
    if (found.node == null || (isScalar(found.node) && found.node.value === null)) {
      // `key:` with nothing (or `~`): treated as the place the rest is written.
      return {
        node: (found.node ?? current.node) as Node,
        depth: current.depth + 1,
        ...(found.pair ? { pair: found.pair } : {}),
        ...(found.node == null ? {} : {}),
      };
    }
    current = { node: found.node, depth: current.depth + 1, ...(found.pair ? { pair: found.pair } : {}) };
  }
  if (isAlias(current.node))
    throw new YamlEditError(
      `${formatPath(path)} is a YAML alias: editing it would change every place that shares the anchor`,
    );
  return current;
}

/** How deep a path exists in a plain value (the object a document holds): containers found by name. */
export function existingDepth(value: unknown, path: FieldPath): number {
  let current: unknown = value;
  let depth = 0;
  for (const s of path) {
    if (current === null || typeof current !== 'object') return depth;
    if (typeof s === 'object') {
      if (!Array.isArray(current)) return depth;
      const item = current.find((i) => (i as { name?: unknown } | null)?.name === s.name);
      if (item === undefined) return depth;
      current = item;
    } else {
      const next = (current as Record<string | number, unknown>)[s];
      if (next === undefined) return depth;
      current = next;
    }
    depth++;
  }
  return depth;
}

/** The value at a path in a plain value (containers by name). */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let current: unknown = value;
  for (const s of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current =
      typeof s === 'object'
        ? Array.isArray(current)
          ? current.find((i) => (i as { name?: unknown } | null)?.name === s.name)
          : undefined
        : (current as Record<string | number, unknown>)[s];
  }
  return current;
}

function lastItemEnd(map: YAMLMap): number {
  const last = map.items[map.items.length - 1] as Pair;
  const value = last.value as Node | null;
  const key = last.key as Node;
  return (value?.range?.[1] ?? key.range?.[1] ?? 0) as number;
}

function endOfContent(text: string, offset: number): number {
  // A node's range ends after trailing newlines at times; step back to the last character of content.
  let end = offset;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === ' ')) end--;
  return lineEnd(text, end);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function applyOne(text: string, edit: DocumentEdit, style: Style): string {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) throw new YamlEditError('the file is empty');
  const doc = docs[edit.document];
  if (!doc?.contents) throw new YamlEditError(`document ${edit.document} is not there`);
  if (doc.errors.length > 0)
    throw new YamlEditError(`document ${edit.document} does not parse: ${doc.errors[0]?.message}`);
  const root = doc.contents as Node;
  if (edit.op === 'comment') {
    const { node, depth } = walk(root, edit.path);
    if (depth < edit.path.length || !isMap(node) || node.flow)
      throw new YamlEditError(`no block mapping at ${formatPath(edit.path)} to comment on`);
    const first = node.items[0]?.key as Node;
    const at = endOfContent(text, lastItemEnd(node));
    const col = column(text, first.range?.[0] ?? 0);
    return splice(text, at, at, `\n${' '.repeat(col)}# ${edit.text}`);
  }
  if (edit.op === 'delete') return deleteField(text, root, edit.path);
  const { node, depth, pair } = walk(root, edit.path);
  const rest = edit.path.slice(depth);
  if (rest.length === 0) {
    // The field exists: replace its value in place.
    if (isScalar(node) && node.value !== null && (edit.value === null || typeof edit.value !== 'object')) {
      const [start, end] = node.range as [number, number, number];
      return splice(text, start, end, renderScalar(edit.value, node));
    }
    if ((isMap(node) || isSeq(node)) && node.flow) {
      const [start, end] = node.range as [number, number, number];
      return splice(text, start, end, renderFlow(edit.value));
    }
    if (!pair) throw new YamlEditError(`cannot replace the document root (${formatPath(edit.path)})`);
    return replacePair(text, pair, edit.value, style);
  }
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const [head, ...tail] = rest;
    if (typeof head !== 'string')
      throw new YamlEditError(`${formatPath(edit.path.slice(0, depth + 1))} is not there`);
    const first = node.items[0]?.key as Node;
    const col = column(text, first.range?.[0] ?? 0);
    const at = endOfContent(text, lastItemEnd(node));
    return splice(text, at, at, `\n${renderPair(head, nest(tail, edit.value), col, style)}`);
  }
  if ((isMap(node) && node.flow) || (isScalar(node) && node.value === null)) {
    const merged = {
      ...((isMap(node) ? node.toJSON() : {}) as object),
      ...(nest(rest, edit.value) as object),
    };
    if (isMap(node) && node.range) {
      const [start, end] = node.range;
      return splice(text, start, end, renderFlow(merged));
    }
    if (!pair) throw new YamlEditError(`nothing to write ${formatPath(edit.path)} into`);
    return replacePair(text, pair, merged, style);
  }
  throw new YamlEditError(
    `${formatPath(edit.path.slice(0, depth + 1))} is not a mapping the field can be added to`,
  );
}

/**
 * Removes one `key: value` pair: in a block mapping, its lines (a later key moves up into a list
 * item's `- `); in a flow mapping, the mapping is written again without it. A field that is not
 * there is left alone; the last key of a block mapping is refused (its parent would change type).
 */
function deleteField(text: string, root: Node, path: FieldPath): string {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const { node: parent, depth } = walk(root, parentPath);
  if (depth < parentPath.length || typeof key !== 'string' || !isMap(parent)) return text;
  const index = parent.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const pair = parent.items[index] as Pair | undefined;
  if (!pair) return text;
  if (parent.flow) {
    const [start, end] = parent.range as [number, number, number];
    const rest = Object.fromEntries(Object.entries(parent.toJSON() as object).filter(([k]) => k !== key));
    return splice(text, start, end, renderFlow(rest));
  }
  if (parent.items.length === 1)
    throw new YamlEditError(
      `${formatPath(path)} is the only field of its mapping: remove the mapping by hand`,
    );
  const keyStart = (pair.key as Node).range?.[0] ?? 0;
  const begin = lineStart(text, keyStart);
  if (text.slice(begin, keyStart).trim() === '') {
    const end = endOfContent(text, (pair.value as Node | null)?.range?.[1] ?? keyStart);
    return splice(text, begin, Math.min(end + 1, text.length), '');
  }
  // `- key: value`: the next key moves up behind the dash.
  const next = parent.items[index + 1] as Pair;
  return splice(text, keyStart, (next.key as Node).range?.[0] ?? keyStart, '');
}

/** Rewrites one `key: value` pair in place (its key line to the end of its value). */
function replacePair(text: string, pair: Pair, value: unknown, style: Style): string {
  const key = pair.key as Node;
  const keyStart = key.range?.[0] ?? 0;
  const valueNode = pair.value as Node | null;
  const end = endOfContent(text, valueNode?.range?.[1] ?? key.range?.[1] ?? keyStart);
  const col = column(text, keyStart);
  const rendered = renderPair(String((key as Scalar).value), value, col, style).trimStart();
  return splice(text, keyStart, end, rendered);
}

/**
 * Applies edits to a YAML file's text, touching only the bytes of the fields that change:
 * comments, key order, anchors, quoting and the other documents stay as they are. Each edit is
 * checked by parsing the result: the document must hold the value (or, for a comment, be unchanged).
 */
export function editYamlText(text: string, edits: readonly DocumentEdit[]): string {
  const style = detectStyle(text);
  let current = text;
  for (const edit of edits) {
    const before = parseAllDocuments(current);
    const next = applyOne(current, edit, style);
    const after = parseAllDocuments(next);
    if (!Array.isArray(before) || !Array.isArray(after) || after.length !== before.length)
      throw new YamlEditError('the edit changed the number of documents');
    const doc = after[edit.document];
    if (!doc || doc.errors.length > 0)
      throw new YamlEditError(`the edited document does not parse: ${doc?.errors[0]?.message}`);
    const js = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (edit.op === 'set') {
      if (!isDeepStrictEqual(valueAt(js, edit.path), edit.value))
        throw new YamlEditError(`the edited document does not hold the value at ${formatPath(edit.path)}`);
    } else if (edit.op === 'delete') {
      if (valueAt(js, edit.path) !== undefined)
        throw new YamlEditError(`the edited document still holds ${formatPath(edit.path)}`);
    } else if (JSON.stringify(js) !== JSON.stringify(before[edit.document]?.toJS({ maxAliasCount: 100 }))) {
      throw new YamlEditError('a comment changed the document');
    }
    current = next;
  }
  return current;
}
