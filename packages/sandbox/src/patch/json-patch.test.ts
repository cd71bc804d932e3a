import { describe, expect, it } from 'vitest';
import { PatchError } from './errors.ts';
import { applyMergePatch } from './json-merge-patch.ts';
import { applyJsonPatch, parsePointer } from './json-patch.ts';

describe('applyJsonPatch', () => {
  const doc = { metadata: { name: 'a', annotations: { 'x/y': '1' } }, list: [1, 2, 3] };

  it('adds, replaces and removes, leaving the input untouched', () => {
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/metadata/labels', value: { app: 'web' } },
      { op: 'replace', path: '/metadata/name', value: 'b' },
      { op: 'remove', path: '/list/0' },
      { op: 'add', path: '/list/-', value: 4 },
      { op: 'add', path: '/list/1', value: 9 },
    ]);
    expect(out).toEqual({
      metadata: { name: 'b', annotations: { 'x/y': '1' }, labels: { app: 'web' } },
      list: [2, 9, 3, 4],
    });
    expect(doc.list).toEqual([1, 2, 3]);
  });

  it('decodes ~1 and ~0 in pointers', () => {
    expect(parsePointer('/metadata/annotations/x~1y')).toEqual(['metadata', 'annotations', 'x/y']);
    expect(parsePointer('/a~0b')).toEqual(['a~b']);
    const out = applyJsonPatch(doc, [{ op: 'remove', path: '/metadata/annotations/x~1y' }]);
    expect(out).toEqual({ metadata: { name: 'a', annotations: {} }, list: [1, 2, 3] });
  });

  it('moves and copies values', () => {
    const out = applyJsonPatch(doc, [
      { op: 'copy', from: '/metadata/name', path: '/copied' },
      { op: 'move', from: '/list', path: '/moved' },
    ]);
    expect(out).toEqual({ metadata: doc.metadata, copied: 'a', moved: [1, 2, 3] });
  });

  it('passes a matching test and fails the whole patch on a mismatch', () => {
    expect(applyJsonPatch(doc, [{ op: 'test', path: '/list', value: [1, 2, 3] }])).toEqual(doc);
    expect(() =>
      applyJsonPatch(doc, [
        { op: 'replace', path: '/metadata/name', value: 'c' },
        { op: 'test', path: '/metadata/name', value: 'a' },
      ]),
    ).toThrow(PatchError);
  });

  it('replaces the pod template the way kubectl rollout undo does', () => {
    const deployment = {
      metadata: { annotations: { a: '1' } },
      spec: { template: { spec: { containers: [{ name: 'x' }] } } },
    };
    const out = applyJsonPatch(deployment, [
      { op: 'replace', path: '/spec/template', value: { spec: { containers: [{ name: 'y' }] } } },
      { op: 'replace', path: '/metadata/annotations', value: { b: '2' } },
    ]);
    expect(out).toEqual({
      metadata: { annotations: { b: '2' } },
      spec: { template: { spec: { containers: [{ name: 'y' }] } } },
    });
  });

  it('rejects missing paths, bad indexes and malformed operations', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/nope', value: 1 }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/list/7' }])).toThrow(/out of bounds/);
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/list/01' }])).toThrow(/invalid array index/);
    expect(() => applyJsonPatch(doc, [{ op: 'jump', path: '/a' }])).toThrow(/unexpected kind/);
    expect(() => applyJsonPatch(doc, { op: 'add' })).toThrow(/array of operations/);
    expect(() => applyJsonPatch(doc, [{ op: 'move', from: '/metadata', path: '/metadata/x' }])).toThrow(
      /own child/,
    );
  });

  it('answers 400 for a malformed patch and 422 for one that does not apply', () => {
    const status = (patch: unknown): number | undefined => {
      try {
        applyJsonPatch(doc, patch);
      } catch (error) {
        return error instanceof PatchError ? error.status : undefined;
      }
      return 200;
    };
    expect(status({ op: 'add' })).toBe(400);
    expect(status([{ op: 'jump', path: '/a' }])).toBe(400);
    expect(status(['add'])).toBe(400);
    expect(status([{ op: 'add', path: 1, value: 1 }])).toBe(400);
    expect(status([{ op: 'add', path: '/a' }])).toBe(400);
    expect(status([{ op: 'copy', path: '/a' }])).toBe(400);
    expect(status([{ op: 'add', path: 'a', value: 1 }])).toBe(422);
    expect(status([{ op: 'copy', from: 'a', path: '/a' }])).toBe(422);
    expect(status([{ op: 'test', path: '/metadata/name', value: 'z' }])).toBe(422);
    expect(status([{ op: 'replace', path: '/nope', value: 1 }])).toBe(422);
    expect(status([{ op: 'add', path: '/nope/deeper', value: 1 }])).toBe(422);
    expect(status([{ op: 'add', path: '/list/9', value: 1 }])).toBe(422);
    expect(status([{ op: 'add', path: '/list/x', value: 1 }])).toBe(422);
    expect(status([{ op: 'move', from: '/nope', path: '/a' }])).toBe(422);
    expect(status([{ op: 'remove', path: '' }])).toBe(422);
  });

  it('names the failing operation in its message', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/metadata/name', value: 'z' }])).toThrow(
      'testing value /metadata/name failed',
    );
    expect(() => applyJsonPatch(doc, [{ op: 'add', path: '/list/9', value: 1 }])).toThrow(
      'array index 9 out of bounds in "/list/9"',
    );
    expect(() => applyJsonPatch(doc, [{ op: 'move', from: '/nope', path: '/a' }])).toThrow(
      'path "/nope" does not exist',
    );
    expect(() => applyJsonPatch(doc, [{ op: 'add', path: '/a', value: 1 }, 'x'])).toThrow(
      'operation 1 needs string "op" and "path"',
    );
  });

  it('does not find inherited names such as constructor or toString', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/metadata/toString' }])).toThrow(PatchError);
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/constructor', value: 1 }])).toThrow(
      /does not exist/,
    );
  });

  it('refuses to touch prototypes (the library bans __proto__, and constructor is no field)', () => {
    for (const path of [
      '/__proto__/polluted',
      '/metadata/__proto__/polluted',
      '/constructor/prototype/polluted',
    ]) {
      expect(() => applyJsonPatch(doc, [{ op: 'add', path, value: 'yes' }])).toThrow(PatchError);
    }
    expect(() =>
      applyJsonPatch(doc, [{ op: 'replace', path: '/__proto__', value: { polluted: 'yes' } }]),
    ).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not share values between the patch and the result', () => {
    const value = { app: 'web' };
    const patch = [{ op: 'add', path: '/labels', value }];
    const out = applyJsonPatch(doc, patch) as { labels: Record<string, string> };
    out.labels.app = 'changed';
    expect(value.app).toBe('web');
    expect(patch[0]).toEqual({ op: 'add', path: '/labels', value: { app: 'web' } });
  });
});

describe('applyMergePatch', () => {
  it('merges objects recursively, deletes nulls and replaces arrays (RFC 7386)', () => {
    expect(
      applyMergePatch(
        { a: 'b', c: { d: 'e', f: 'g' }, list: [1, 2] },
        { a: 'z', c: { f: null, h: 'i' }, list: [3] },
      ),
    ).toEqual({ a: 'z', c: { d: 'e', h: 'i' }, list: [3] });
  });

  it('replaces the target with a non-object patch and builds objects from nothing', () => {
    expect(applyMergePatch({ a: 1 }, 'x')).toBe('x');
    expect(applyMergePatch('x', { a: { b: null, c: 1 } })).toEqual({ a: { c: 1 } });
  });
});
