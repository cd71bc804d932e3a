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
