import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types.ts';
import { compileFieldSelector, parseFieldSelector } from './field-selector.ts';
import { SelectorParseError } from './label-selector.ts';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-1', namespace: 'shop', uid: 'u', resourceVersion: '1', creationTimestamp: '' },
  spec: { nodeName: 'node-a', containers: [] },
  status: { phase: 'Running' },
} as KubeObject;

const matches = (text: string, resource = 'pods', object: KubeObject = pod) =>
  compileFieldSelector(parseFieldSelector(text), resource)(object);

describe('field selectors', () => {
  it('selects pods by node, phase, name and namespace', () => {
    expect(matches('spec.nodeName=node-a')).toBe(true);
    expect(matches('spec.nodeName=node-b')).toBe(false);
    expect(matches('spec.nodeName=node-a,status.phase!=Succeeded,status.phase!=Failed')).toBe(true);
    expect(matches('metadata.name==web-1,metadata.namespace=shop')).toBe(true);
    expect(matches('')).toBe(true);
  });

  it('treats a missing field as the empty string', () => {
    const pending = { ...pod, spec: { containers: [] } } as KubeObject;
    expect(matches('spec.nodeName=', 'pods', pending)).toBe(true);
    expect(matches('spec.nodeName!=', 'pods', pending)).toBe(false);
  });

  it('selects events by involved object and nodes by unschedulable', () => {
    const event = {
      ...pod,
      kind: 'Event',
      involvedObject: { kind: 'Pod', name: 'web-1', uid: 'x' },
    } as KubeObject;
    expect(
      matches('involvedObject.kind=Pod,involvedObject.name=web-1,involvedObject.uid=x', 'events', event),
    ).toBe(true);
    const node = { ...pod, kind: 'Node', spec: { unschedulable: true } } as KubeObject;
    expect(matches('spec.unschedulable=true', 'nodes', node)).toBe(true);
    expect(matches('spec.unschedulable=false', 'nodes', { ...node, spec: {} })).toBe(true);
  });

  it('unescapes values', () => {
    expect(parseFieldSelector('metadata.name=a\\,b').requirements).toEqual([
      { field: 'metadata.name', operator: '=', value: 'a,b' },
    ]);
  });

  it('rejects unsupported fields and malformed terms', () => {
    expect(() => matches('spec.foo=1')).toThrow('field label not supported: spec.foo');
    expect(() => parseFieldSelector('novalue')).toThrow(SelectorParseError);
    expect(() => parseFieldSelector('=x')).toThrow(SelectorParseError);
  });

  it('never throws anything but SelectorParseError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          compileFieldSelector(parseFieldSelector(text), 'pods')(pod);
        } catch (error) {
          expect(error).toBeInstanceOf(SelectorParseError);
        }
      }),
    );
  });
});
