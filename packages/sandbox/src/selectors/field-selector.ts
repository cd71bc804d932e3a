import type { KubeObject } from '../resources/types.ts';
import { SelectorParseError } from './label-selector.ts';

export type FieldRequirement = { field: string; operator: '=' | '!='; value: string };
export type FieldSelector = { requirements: FieldRequirement[] };

/** Reads one selectable field of an object as the API server's field-label conversion does. */
export type FieldReader = (object: KubeObject) => string | undefined;

function path(...keys: string[]): FieldReader {
  return (object) => {
    let value: unknown = object;
    for (const key of keys) {
      if (typeof value !== 'object' || value === null) return '';
      value = (value as Record<string, unknown>)[key];
    }
    if (value === undefined || value === null) return '';
    return String(value);
  };
}

const COMMON: Record<string, FieldReader> = {
  'metadata.name': path('metadata', 'name'),
  'metadata.namespace': path('metadata', 'namespace'),
};

/** The fields each resource can be selected on (the API server's field label conversions). */
const BY_RESOURCE: Record<string, Record<string, FieldReader>> = {
  pods: {
    'spec.nodeName': path('spec', 'nodeName'),
    'spec.restartPolicy': path('spec', 'restartPolicy'),
    'spec.schedulerName': path('spec', 'schedulerName'),
    'spec.serviceAccountName': path('spec', 'serviceAccountName'),
    'spec.hostNetwork': (o) =>
      String((o.spec as { hostNetwork?: boolean } | undefined)?.hostNetwork ?? false),
    'status.phase': path('status', 'phase'),
    'status.podIP': path('status', 'podIP'),
    'status.nominatedNodeName': path('status', 'nominatedNodeName'),
  },
  events: {
    'involvedObject.kind': path('involvedObject', 'kind'),
    'involvedObject.namespace': path('involvedObject', 'namespace'),
    'involvedObject.name': path('involvedObject', 'name'),
    'involvedObject.uid': path('involvedObject', 'uid'),
    'involvedObject.apiVersion': path('involvedObject', 'apiVersion'),
    'involvedObject.resourceVersion': path('involvedObject', 'resourceVersion'),
    'involvedObject.fieldPath': path('involvedObject', 'fieldPath'),
    reason: path('reason'),
    reportingComponent: path('reportingComponent'),
    source: path('source', 'component'),
    type: path('type'),
  },
  nodes: {
    'spec.unschedulable': (o) =>
      String((o.spec as { unschedulable?: boolean } | undefined)?.unschedulable ?? false),
  },
  namespaces: { 'status.phase': path('status', 'phase') },
  secrets: { type: path('type') },
  'replicasets.apps': { 'status.replicas': path('status', 'replicas') },
  'jobs.batch': { 'status.successful': path('status', 'succeeded') },
};

/** Splits on unescaped `sep`, keeping escapes for later. */
function splitUnescaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unescapeValue(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Parses the `fieldSelector` parameter: `spec.nodeName=ip-10-0-1-5,status.phase!=Succeeded`. */
export function parseFieldSelector(text: string): FieldSelector {
  const requirements: FieldRequirement[] = [];
  if (text.trim() === '') return { requirements };
  for (const part of splitUnescaped(text, ',')) {
    const m = /^(.*?)(!=|==|=)(.*)$/s.exec(part);
    if (!m) throw new SelectorParseError(`invalid selector: '${text}'; can't understand '${part}'`);
    const field = (m[1] as string).trim();
    if (field === '') throw new SelectorParseError(`invalid selector: '${text}'; can't understand '${part}'`);
    requirements.push({ field, operator: m[2] === '!=' ? '!=' : '=', value: unescapeValue(m[3] as string) });
  }
  return { requirements };
}

/**
 * Resolves the readers a selector needs for `resource` (e.g. `pods`, `replicasets.apps`), or
 * throws the API server's `field label not supported` error.
 */
export function compileFieldSelector(
  selector: FieldSelector,
  resource: string,
): (object: KubeObject) => boolean {
  const checks = selector.requirements.map((r) => {
    const reader = COMMON[r.field] ?? BY_RESOURCE[resource]?.[r.field];
    if (!reader) throw new SelectorParseError(`field label not supported: ${r.field}`);
    return { reader, r };
  });
  return (object) =>
    checks.every(({ reader, r }) => {
      const value = reader(object) ?? '';
      return r.operator === '=' ? value === r.value : value !== r.value;
    });
}
