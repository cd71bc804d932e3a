import { ApiError, badRequest } from '../errors.ts';

/**
 * Decoding of the Kubernetes protobuf wire format (`application/vnd.kubernetes.protobuf`), which
 * kubectl's typed clients use for request bodies (`kubectl create secret|configmap|namespace|
 * deployment|job|cronjob|service|serviceaccount|poddisruptionbudget`, `kubectl run`). Only the
 * kinds and fields those commands send are described; responses are always JSON.
 */

type Scalar = 'string' | 'bytes' | 'int' | 'bool' | 'time' | 'quantity' | 'intOrString';
type Mode = 'one' | 'repeated' | 'map' | 'ptr' | 'embed';
type FieldDef = {
  name: string;
  type: Scalar | Message;
  mode: Mode;
  mapValue?: 'string' | 'bytes' | 'quantity';
};
type Message = { [field: number]: FieldDef };

const f = (name: string, type: Scalar | Message, mode: Mode = 'one'): FieldDef => ({ name, type, mode });
const map = (name: string, mapValue: FieldDef['mapValue'] = 'string'): FieldDef => ({
  name,
  type: 'string',
  mode: 'map',
  mapValue,
});

const OWNER_REFERENCE: Message = {
  1: f('kind', 'string'),
  3: f('name', 'string'),
  4: f('uid', 'string'),
  5: f('apiVersion', 'string'),
  6: f('controller', 'bool', 'ptr'),
  7: f('blockOwnerDeletion', 'bool', 'ptr'),
};

const OBJECT_META: Message = {
  1: f('name', 'string'),
  2: f('generateName', 'string'),
  3: f('namespace', 'string'),
  5: f('uid', 'string'),
  6: f('resourceVersion', 'string'),
  7: f('generation', 'int'),
  8: f('creationTimestamp', 'time'),
  11: map('labels'),
  12: map('annotations'),
  13: f('ownerReferences', OWNER_REFERENCE, 'repeated'),
  14: f('finalizers', 'string', 'repeated'),
};

const LOCAL_REF: Message = { 1: f('name', 'string') };
const KEY_SELECTOR: Message = {
  1: f('', LOCAL_REF, 'embed'),
  2: f('key', 'string'),
  3: f('optional', 'bool', 'ptr'),
};
const ENV_SOURCE_REF: Message = { 1: f('', LOCAL_REF, 'embed'), 2: f('optional', 'bool', 'ptr') };

const LABEL_SELECTOR: Message = {
  1: map('matchLabels'),
  2: f(
    'matchExpressions',
    { 1: f('key', 'string'), 2: f('operator', 'string'), 3: f('values', 'string', 'repeated') },
    'repeated',
  ),
};

const CONTAINER: Message = {
  1: f('name', 'string'),
  2: f('image', 'string'),
  3: f('command', 'string', 'repeated'),
  4: f('args', 'string', 'repeated'),
  5: f('workingDir', 'string'),
  6: f(
    'ports',
    {
      1: f('name', 'string'),
      2: f('hostPort', 'int'),
      3: f('containerPort', 'int'),
      4: f('protocol', 'string'),
      5: f('hostIP', 'string'),
    },
    'repeated',
  ),
  7: f(
    'env',
    {
      1: f('name', 'string'),
      2: f('value', 'string'),
      3: f('valueFrom', { 3: f('configMapKeyRef', KEY_SELECTOR), 4: f('secretKeyRef', KEY_SELECTOR) }),
    },
    'repeated',
  ),
  8: f('resources', { 1: map('limits', 'quantity'), 2: map('requests', 'quantity') }),
  9: f(
    'volumeMounts',
    {
      1: f('name', 'string'),
      2: f('readOnly', 'bool'),
      3: f('mountPath', 'string'),
      4: f('subPath', 'string'),
    },
    'repeated',
  ),
  13: f('terminationMessagePath', 'string'),
  14: f('imagePullPolicy', 'string'),
  16: f('stdin', 'bool'),
  17: f('stdinOnce', 'bool'),
  18: f('tty', 'bool'),
  19: f(
    'envFrom',
    { 1: f('prefix', 'string'), 2: f('configMapRef', ENV_SOURCE_REF), 3: f('secretRef', ENV_SOURCE_REF) },
    'repeated',
  ),
  20: f('terminationMessagePolicy', 'string'),
};

const POD_SPEC: Message = {
  2: f('containers', CONTAINER, 'repeated'),
  3: f('restartPolicy', 'string'),
  4: f('terminationGracePeriodSeconds', 'int', 'ptr'),
  5: f('activeDeadlineSeconds', 'int', 'ptr'),
  6: f('dnsPolicy', 'string'),
  7: map('nodeSelector'),
  8: f('serviceAccountName', 'string'),
  10: f('nodeName', 'string'),
  11: f('hostNetwork', 'bool'),
  15: f('imagePullSecrets', LOCAL_REF, 'repeated'),
  16: f('hostname', 'string'),
  17: f('subdomain', 'string'),
  19: f('schedulerName', 'string'),
  20: f('initContainers', CONTAINER, 'repeated'),
  22: f(
    'tolerations',
    {
      1: f('key', 'string'),
      2: f('operator', 'string'),
      3: f('value', 'string'),
      4: f('effect', 'string'),
      5: f('tolerationSeconds', 'int', 'ptr'),
    },
    'repeated',
  ),
  24: f('priorityClassName', 'string'),
};

const POD_TEMPLATE: Message = { 1: f('metadata', OBJECT_META), 2: f('spec', POD_SPEC) };

const JOB_SPEC: Message = {
  1: f('parallelism', 'int', 'ptr'),
  2: f('completions', 'int', 'ptr'),
  3: f('activeDeadlineSeconds', 'int', 'ptr'),
  4: f('selector', LABEL_SELECTOR),
  5: f('manualSelector', 'bool', 'ptr'),
  6: f('template', POD_TEMPLATE),
  7: f('backoffLimit', 'int', 'ptr'),
  8: f('ttlSecondsAfterFinished', 'int', 'ptr'),
  9: f('completionMode', 'string'),
  10: f('suspend', 'bool', 'ptr'),
};

const KINDS: Record<string, Message> = {
  Secret: {
    1: f('metadata', OBJECT_META),
    2: map('data', 'bytes'),
    3: f('type', 'string'),
    4: map('stringData'),
    5: f('immutable', 'bool', 'ptr'),
  },
  ConfigMap: {
    1: f('metadata', OBJECT_META),
    2: map('data'),
    3: map('binaryData', 'bytes'),
    4: f('immutable', 'bool', 'ptr'),
  },
  Namespace: { 1: f('metadata', OBJECT_META), 2: f('spec', { 1: f('finalizers', 'string', 'repeated') }) },
  ServiceAccount: {
    1: f('metadata', OBJECT_META),
    3: f('imagePullSecrets', LOCAL_REF, 'repeated'),
    4: f('automountServiceAccountToken', 'bool', 'ptr'),
  },
  Service: {
    1: f('metadata', OBJECT_META),
    2: f('spec', {
      1: f(
        'ports',
        {
          1: f('name', 'string'),
          2: f('protocol', 'string'),
          3: f('port', 'int'),
          4: f('targetPort', 'intOrString'),
          5: f('nodePort', 'int'),
        },
        'repeated',
      ),
      2: map('selector'),
      3: f('clusterIP', 'string'),
      4: f('type', 'string'),
      5: f('externalIPs', 'string', 'repeated'),
      7: f('sessionAffinity', 'string'),
      11: f('externalName', 'string'),
    }),
  },
  Pod: { 1: f('metadata', OBJECT_META), 2: f('spec', POD_SPEC) },
  Deployment: {
    1: f('metadata', OBJECT_META),
    2: f('spec', {
      1: f('replicas', 'int', 'ptr'),
      2: f('selector', LABEL_SELECTOR),
      3: f('template', POD_TEMPLATE),
      4: f('strategy', {
        1: f('type', 'string'),
        2: f('rollingUpdate', { 1: f('maxUnavailable', 'intOrString'), 2: f('maxSurge', 'intOrString') }),
      }),
      5: f('minReadySeconds', 'int'),
      6: f('revisionHistoryLimit', 'int', 'ptr'),
      7: f('paused', 'bool'),
      9: f('progressDeadlineSeconds', 'int', 'ptr'),
    }),
  },
  Job: { 1: f('metadata', OBJECT_META), 2: f('spec', JOB_SPEC) },
  CronJob: {
    1: f('metadata', OBJECT_META),
    2: f('spec', {
      1: f('schedule', 'string'),
      2: f('startingDeadlineSeconds', 'int', 'ptr'),
      3: f('concurrencyPolicy', 'string'),
      4: f('suspend', 'bool', 'ptr'),
      5: f('jobTemplate', { 1: f('metadata', OBJECT_META), 2: f('spec', JOB_SPEC) }),
      6: f('successfulJobsHistoryLimit', 'int', 'ptr'),
      7: f('failedJobsHistoryLimit', 'int', 'ptr'),
      8: f('timeZone', 'string', 'ptr'),
    }),
  },
  PodDisruptionBudget: {
    1: f('metadata', OBJECT_META),
    2: f('spec', {
      1: f('minAvailable', 'intOrString'),
      2: f('selector', LABEL_SELECTOR),
      3: f('maxUnavailable', 'intOrString'),
      4: f('unhealthyPodEvictionPolicy', 'string', 'ptr'),
    }),
  },
  Eviction: { 1: f('metadata', OBJECT_META) },
  SelfSubjectAccessReview: {
    1: f('metadata', OBJECT_META),
    2: f('spec', {
      1: f('resourceAttributes', {
        1: f('namespace', 'string'),
        2: f('verb', 'string'),
        3: f('group', 'string'),
        4: f('version', 'string'),
        5: f('resource', 'string'),
        6: f('subresource', 'string'),
        7: f('name', 'string'),
      }),
      2: f('nonResourceAttributes', { 1: f('path', 'string'), 2: f('verb', 'string') }),
    }),
  },
};

class Reader {
  readonly #buf: Uint8Array;
  #pos: number;
  readonly #end: number;

  constructor(buf: Uint8Array, start = 0, end = buf.length) {
    this.#buf = buf;
    this.#pos = start;
    this.#end = end;
  }

  get done(): boolean {
    return this.#pos >= this.#end;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.#pos >= this.#end) throw new Error('truncated varint');
      const byte = this.#buf[this.#pos++] as number;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  }

  bytes(): Uint8Array {
    const length = this.varint();
    if (this.#pos + length > this.#end) throw new Error('truncated field');
    const out = this.#buf.subarray(this.#pos, this.#pos + length);
    this.#pos += length;
    return out;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.#pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.#pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** Reads every occurrence of the fields of `message` in `bytes`. */
function fields(bytes: Uint8Array): { field: number; wire: number; value: number | Uint8Array }[] {
  const reader = new Reader(bytes);
  const out: { field: number; wire: number; value: number | Uint8Array }[] = [];
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) out.push({ field, wire, value: reader.varint() });
    else if (wire === 2) out.push({ field, wire, value: reader.bytes() });
    else reader.skip(wire);
  }
  return out;
}

function scalar(type: Scalar, value: number | Uint8Array): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'number' ? String(value) : text(value);
    case 'bytes':
      return typeof value === 'number' ? '' : Buffer.from(value).toString('base64');
    case 'int':
      return typeof value === 'number' ? (value > 2 ** 63 ? value - 2 ** 64 : value) : 0;
    case 'bool':
      return value === 1;
    case 'time': {
      if (typeof value === 'number') return undefined;
      let seconds = 0;
      for (const field of fields(value))
        if (field.field === 1 && typeof field.value === 'number') seconds = field.value;
      return seconds > 0 ? new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
    }
    case 'quantity': {
      if (typeof value === 'number') return String(value);
      const first = fields(value).find((x) => x.field === 1);
      return first && typeof first.value !== 'number' ? text(first.value) : '';
    }
    case 'intOrString': {
      if (typeof value === 'number') return value;
      let kind = 0;
      let intVal = 0;
      let strVal = '';
      for (const x of fields(value)) {
        if (x.field === 1 && typeof x.value === 'number') kind = x.value;
        if (x.field === 2 && typeof x.value === 'number') intVal = x.value;
        if (x.field === 3 && typeof x.value !== 'number') strVal = text(x.value);
      }
      return kind === 1 ? strVal : intVal;
    }
  }
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0;
  return false;
}

/** Decodes a message as the API server would render it in JSON (zero values omitted). */
function decodeMessage(bytes: Uint8Array, message: Message): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field, value } of fields(bytes)) {
    const def = message[field];
    if (!def) continue;
    const decode = (v: number | Uint8Array): unknown =>
      typeof def.type === 'string'
        ? scalar(def.type, v)
        : typeof v === 'number'
          ? {}
          : decodeMessage(v, def.type);
    if (def.mode === 'map') {
      if (typeof value === 'number') continue;
      let key = '';
      let entry: unknown = def.mapValue === 'bytes' ? '' : '';
      for (const x of fields(value)) {
        if (x.field === 1 && typeof x.value !== 'number') key = text(x.value);
        if (x.field === 2) entry = scalar(def.mapValue ?? 'string', x.value);
      }
      const target = (out[def.name] as Record<string, unknown> | undefined) ?? {};
      target[key] = entry;
      out[def.name] = target;
    } else if (def.mode === 'repeated') {
      const list = (out[def.name] as unknown[] | undefined) ?? [];
      list.push(decode(value));
      out[def.name] = list;
    } else if (def.mode === 'embed') {
      Object.assign(out, decode(value));
    } else {
      const decoded = decode(value);
      if (def.mode === 'ptr' ? decoded !== undefined : !isEmpty(decoded)) out[def.name] = decoded;
    }
  }
  return out;
}

/**
 * Decodes a `application/vnd.kubernetes.protobuf` body (the `k8s\0` envelope around a
 * `runtime.Unknown`) into the JSON object the API would have received. Kinds the sandbox does
 * not describe answer 415, as a server without that codec would.
 */
export function decodeKubeProtobuf(body: Uint8Array): Record<string, unknown> {
  if (body.length < 4 || text(body.subarray(0, 4)) !== 'k8s\u0000')
    throw badRequest('protobuf body without the k8s envelope');
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array | undefined;
  try {
    for (const x of fields(body.subarray(4))) {
      if (x.field === 1 && typeof x.value !== 'number') {
        for (const t of fields(x.value)) {
          if (t.field === 1 && typeof t.value !== 'number') apiVersion = text(t.value);
          if (t.field === 2 && typeof t.value !== 'number') kind = text(t.value);
        }
      }
      if (x.field === 2 && typeof x.value !== 'number') raw = x.value;
    }
  } catch (error) {
    throw badRequest(`malformed protobuf body: ${error instanceof Error ? error.message : String(error)}`);
  }
  const schema = KINDS[kind];
  if (!schema) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the sandbox cannot decode ${kind || 'this object'} from protobuf; send application/json`,
    );
  }
  try {
    return { apiVersion, kind, ...decodeMessage(raw ?? new Uint8Array(), schema) };
  } catch (error) {
    throw badRequest(`malformed protobuf ${kind}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
