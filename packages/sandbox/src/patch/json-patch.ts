// RFC 6902 JSON patch through fast-json-patch (the maintained implementation); this module only
// adapts it to the API server: statuses, messages, and the checks the library leaves to its caller.
// A CommonJS package whose named exports Node cannot see: the default export carries them.
import jsonpatch, { type JsonPatchError, type Operation } from 'fast-json-patch';
import { cloneJson } from '../util/json.ts';
import { PatchError } from './errors.ts';

/** Splits an RFC 6901 JSON pointer into unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split('/').map(jsonpatch.unescapePathComponent);
}

/** The library's validation errors that mean the patch document itself is malformed (400). */
function malformed(error: JsonPatchError, ops: unknown[]): PatchError | undefined {
  const i = error.index ?? 0;
  const raw = ops[i] as { op?: unknown; path?: unknown } | undefined;
  switch (error.name) {
    case 'SEQUENCE_NOT_AN_ARRAY':
      return new PatchError('a JSON patch must be an array of operations', 400);
    case 'OPERATION_NOT_AN_OBJECT':
      return new PatchError(`operation ${i} needs string "op" and "path"`, 400);
    case 'OPERATION_OP_INVALID':
      return typeof raw?.op === 'string'
        ? new PatchError(`unexpected kind of operation "${raw.op}"`, 400)
        : new PatchError(`operation ${i} needs string "op" and "path"`, 400);
    case 'OPERATION_PATH_INVALID':
      // A string that is not a pointer is a patch that cannot apply (422), as before.
      return typeof raw?.path === 'string'
        ? new PatchError(`invalid JSON pointer "${raw.path}"`)
        : new PatchError(`operation ${i} needs string "op" and "path"`, 400);
    case 'OPERATION_FROM_REQUIRED':
      return new PatchError(`operation ${i} (${String(raw?.op)}) needs "from"`, 400);
    case 'OPERATION_VALUE_REQUIRED':
    case 'OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED':
      return new PatchError(`operation ${i} (${String(raw?.op)}) needs "value"`, 400);
    default:
      return undefined;
  }
}

/** Whether `pointer` names an element of an array in `doc` that is not there. */
function outOfBounds(doc: unknown, pointer: string): boolean {
  const slash = pointer.lastIndexOf('/');
  try {
    const parent: unknown = jsonpatch.getValueByPointer(doc, pointer.slice(0, slash));
    return Array.isArray(parent) && /^\d+$/.test(pointer.slice(slash + 1));
  } catch {
    return false;
  }
}

/** A patch that is well formed but does not apply to this document (422). */
function notApplicable(error: JsonPatchError): PatchError {
  const op = error.operation as { path?: string; from?: string } | undefined;
  const path = op?.path ?? '';
  switch (error.name) {
    case 'TEST_OPERATION_FAILED':
      return new PatchError(`testing value ${path} failed`);
    case 'OPERATION_FROM_UNRESOLVABLE':
      return new PatchError(`path "${op?.from ?? ''}" does not exist`);
    case 'OPERATION_VALUE_OUT_OF_BOUNDS':
      return new PatchError(
        `array index ${path.slice(path.lastIndexOf('/') + 1)} out of bounds in "${path}"`,
      );
    case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
      return new PatchError(`invalid array index in "${path}"`);
    case 'OPERATION_PATH_UNRESOLVABLE':
      if (outOfBounds(error.tree, path))
        return new PatchError(
          `array index ${path.slice(path.lastIndexOf('/') + 1)} out of bounds in "${path}"`,
        );
      return new PatchError(`path "${path}" does not exist`);
    default:
      // OPERATION_PATH_CANNOT_ADD and anything a later version adds.
      return new PatchError(`path "${path}" does not exist (${error.name})`);
  }
}

/**
 * What the library leaves to its caller: `from` must be a pointer, an array index has no leading
 * zero (RFC 6901; the library would read "01" as 1), the whole document is not removed (the
 * library would make it null), nothing moves into its own child, and no
 * path walks through a name every object inherits (`constructor`, `toString`, ...), which the
 * library would find on the prototype rather than report missing. `__proto__` is left to the
 * library's own ban (`banPrototypeModifications`).
 */
function checkPointers(ops: Operation[]): void {
  for (const op of ops) {
    if (op.op === 'remove' && op.path === '')
      throw new PatchError('cannot remove the whole document with ""');
    const pointers = op.op === 'move' || op.op === 'copy' ? [op.from, op.path] : [op.path];
    for (const pointer of pointers) {
      for (const token of parsePointer(pointer)) {
        if (/^0\d+$/.test(token)) throw new PatchError(`invalid array index "${token}" in "${pointer}"`);
        if (token !== '__proto__' && token in Object.prototype)
          throw new PatchError(`path "${pointer}" does not exist: "${token}" is not a field`);
      }
    }
    if (op.op === 'move' && op.path.startsWith(`${op.from}/`))
      throw new PatchError(`cannot move "${op.from}" into its own child`);
  }
}

function isJsonPatchError(error: unknown): error is JsonPatchError {
  return error instanceof jsonpatch.JsonPatchError;
}

/**
 * RFC 6902 JSON patch (`application/json-patch+json`): add, remove, replace, move, copy, test.
 * Atomic: returns a new document, or throws PatchError (400 malformed, 422 does not apply) and
 * leaves the input untouched.
 */
export function applyJsonPatch(document: unknown, patch: unknown): unknown {
  // The library keeps references to operation values in the result and writes into operations.
  const ops = cloneJson(patch) as Operation[];
  const invalid = jsonpatch.validate(ops);
  if (invalid) throw malformed(invalid, ops) ?? notApplicable(invalid);
  checkPointers(ops);
  try {
    // validateOperation: true; mutateDocument: false (it works on its own deep copy);
    // banPrototypeModifications: true (the default, stated).
    return jsonpatch.applyPatch(document, ops, true, false, true).newDocument;
  } catch (error) {
    if (isJsonPatchError(error)) throw malformed(error, ops) ?? notApplicable(error);
    if (error instanceof TypeError && error.message.includes('__proto__'))
      throw new PatchError('a JSON patch may not modify __proto__ or constructor/prototype');
    throw error;
  }
}
