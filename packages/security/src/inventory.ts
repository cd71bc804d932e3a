import * as z from 'zod';
import { isWorkloadKind, MetadataSchema, parseWorkload, type Workload } from './workloads.ts';

const Name = z.string().min(1).max(253);
const Word = z.string().max(1024);
const LabelSelectorSchema = z.looseObject({}).nullish();

const NetworkPolicySchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({
    podSelector: LabelSelectorSchema,
    policyTypes: z.array(Word).max(2).nullish(),
    ingress: z
      .array(
        z
          // The Kubernetes client's model names `from` `_from` (a reserved word); manifests say `from`.
          .looseObject({
            from: z.array(z.unknown()).nullish(),
            _from: z.array(z.unknown()).nullish(),
            ports: z.array(z.unknown()).nullish(),
          })
          .transform(({ from, _from, ports }) => ({ from: from ?? _from, ports })),
      )
      .max(1024)
      .nullish(),
    egress: z
      .array(z.looseObject({ to: z.array(z.unknown()).nullish(), ports: z.array(z.unknown()).nullish() }))
      .max(1024)
      .nullish(),
  }),
});
export type NetworkPolicy = z.infer<typeof NetworkPolicySchema>;

const ServiceAccountSchema = z.looseObject({
  metadata: MetadataSchema,
  automountServiceAccountToken: z.boolean().nullish(),
});

const PolicyRuleSchema = z.looseObject({
  apiGroups: z.array(Word).max(256).nullish(),
  resources: z.array(Word).max(256).nullish(),
  verbs: z.array(Word).max(64),
});
export type PolicyRule = z.infer<typeof PolicyRuleSchema>;

const RoleSchema = z.looseObject({
  metadata: MetadataSchema,
  rules: z.array(PolicyRuleSchema).max(1024).nullish(),
});

const BindingSchema = z.looseObject({
  metadata: MetadataSchema,
  roleRef: z.looseObject({ kind: Name, name: Name }),
  subjects: z
    .array(z.looseObject({ kind: Name, name: Name, namespace: Name.nullish() }))
    .max(1024)
    .nullish(),
});

const ConfigMapSchema = z.looseObject({
  metadata: MetadataSchema,
  data: z.record(z.string(), z.string()).nullish(),
});

const SecretSchema = z.looseObject({
  metadata: MetadataSchema,
  type: z.string().max(253).nullish(),
  data: z.record(z.string(), z.string()).nullish(),
  stringData: z.record(z.string(), z.string()).nullish(),
});

export type RbacRole = {
  kind: 'Role' | 'ClusterRole';
  namespace?: string;
  name: string;
  rules: PolicyRule[];
};
export type RbacBinding = {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  namespace?: string;
  name: string;
  roleRef: { kind: string; name: string };
  /** Service accounts bound, as `namespace/name`. */
  serviceAccounts: string[];
};

/**
 * What one scan looks at, from a cluster or manifests. `rbacRead` is false when the source could
 * not provide service accounts, roles and bindings (the RBAC and token checks then stay silent
 * rather than guess).
 */
export type SecurityInventory = {
  workloads: Workload[];
  namespaces: { name: string; annotations: Readonly<Record<string, string>> }[];
  networkPolicies: { namespace: string; name: string; policy: NetworkPolicy }[];
  configMaps: {
    namespace: string;
    name: string;
    annotations: Readonly<Record<string, string>>;
    data: Record<string, string>;
  }[];
  serviceAccounts: { namespace: string; name: string; automountToken?: boolean }[];
  roles: RbacRole[];
  bindings: RbacBinding[];
  rbacRead: boolean;
  /**
   * Secrets, read only when asked (`security scan --secrets`, the opt-in `secrets-scan` role):
   * `data` stays base64 as the API returns it, and nothing here is ever printed or stored.
   */
  secrets: {
    namespace: string;
    name: string;
    type?: string;
    annotations: Readonly<Record<string, string>>;
    data: Record<string, string>;
    stringData?: Record<string, string>;
  }[];
  /** Whether Secrets were asked for; when false, a Secret in the source is skipped unread. */
  secretsRead: boolean;
  /** Objects that could not be read, with the reason (never silently dropped), and their namespace when they said one. */
  unreadable: { kind: string; name: string; namespace?: string; reason: string }[];
};

export function emptyInventory(rbacRead: boolean, secretsRead = false): SecurityInventory {
  return {
    workloads: [],
    namespaces: [],
    networkPolicies: [],
    configMaps: [],
    serviceAccounts: [],
    roles: [],
    bindings: [],
    rbacRead,
    secrets: [],
    secretsRead,
    unreadable: [],
  };
}

/** The kinds an inventory holds; anything else in a manifest directory is ignored. */
export const INVENTORY_KINDS = [
  'Namespace',
  'NetworkPolicy',
  'ConfigMap',
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'Secret',
] as const;

function nameOf(raw: unknown): string {
  const name = (raw as { metadata?: { name?: unknown } } | null)?.metadata?.name;
  return typeof name === 'string' ? name.slice(0, 253) : '(unnamed)';
}

/** What an unreadable object is listed as: kind, name and the namespace it names, if any. */
function unreadableOf(kind: string, raw: unknown, reason: string): SecurityInventory['unreadable'][number] {
  const namespace = (raw as { metadata?: { namespace?: unknown } } | null)?.metadata?.namespace;
  return {
    kind,
    name: nameOf(raw),
    ...(typeof namespace === 'string' ? { namespace: namespace.slice(0, 253) } : {}),
    reason: reason.slice(0, 1024),
  };
}

/**
 * Adds one Kubernetes object (as the API or a manifest gives it, untrusted) to the inventory;
 * an object of a kind the scan does not read is ignored, one that does not parse is listed as
 * unreadable.
 */
export function addObject(
  inventory: SecurityInventory,
  kind: string,
  raw: unknown,
  defaultNamespace = 'default',
): void {
  const fail = (error: z.ZodError): void => {
    inventory.unreadable.push(unreadableOf(kind, raw, z.prettifyError(error)));
  };
  if (isWorkloadKind(kind)) {
    const parsed = parseWorkload(kind, raw, defaultNamespace);
    if (parsed.ok) inventory.workloads.push(parsed.workload);
    else inventory.unreadable.push(unreadableOf(kind, raw, parsed.reason));
    return;
  }
  switch (kind) {
    case 'Namespace': {
      const parsed = z.looseObject({ metadata: MetadataSchema }).safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      inventory.namespaces.push({
        name: parsed.data.metadata.name,
        annotations: parsed.data.metadata.annotations,
      });
      return;
    }
    case 'NetworkPolicy': {
      const parsed = NetworkPolicySchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const { metadata } = parsed.data;
      inventory.networkPolicies.push({
        namespace: metadata.namespace ?? defaultNamespace,
        name: metadata.name,
        policy: parsed.data,
      });
      return;
    }
    case 'ConfigMap': {
      const parsed = ConfigMapSchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const { metadata, data } = parsed.data;
      inventory.configMaps.push({
        namespace: metadata.namespace ?? defaultNamespace,
        name: metadata.name,
        annotations: metadata.annotations,
        data: data ?? {},
      });
      return;
    }
    case 'Secret': {
      if (!inventory.secretsRead) return;
      const parsed = SecretSchema.safeParse(raw);
      if (!parsed.success) {
        // Only the object's name: zod's message could quote a value.
        inventory.unreadable.push(unreadableOf(kind, raw, 'not a readable Secret'));
        return;
      }
      const { metadata, type, data, stringData } = parsed.data;
      inventory.secrets.push({
        namespace: metadata.namespace ?? defaultNamespace,
        name: metadata.name,
        ...(type ? { type } : {}),
        annotations: metadata.annotations,
        data: data ?? {},
        ...(stringData ? { stringData } : {}),
      });
      return;
    }
    case 'ServiceAccount': {
      const parsed = ServiceAccountSchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const { metadata, automountServiceAccountToken } = parsed.data;
      inventory.serviceAccounts.push({
        namespace: metadata.namespace ?? defaultNamespace,
        name: metadata.name,
        ...(automountServiceAccountToken != null ? { automountToken: automountServiceAccountToken } : {}),
      });
      return;
    }
    case 'Role':
    case 'ClusterRole': {
      const parsed = RoleSchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const { metadata, rules } = parsed.data;
      inventory.roles.push({
        kind,
        ...(kind === 'Role' ? { namespace: metadata.namespace ?? defaultNamespace } : {}),
        name: metadata.name,
        rules: rules ?? [],
      });
      return;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const parsed = BindingSchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error);
        return;
      }
      const { metadata, roleRef, subjects } = parsed.data;
      const namespace = kind === 'RoleBinding' ? (metadata.namespace ?? defaultNamespace) : undefined;
      const serviceAccounts = (subjects ?? [])
        .filter((s) => s.kind === 'ServiceAccount')
        .map((s) => `${s.namespace ?? namespace ?? defaultNamespace}/${s.name}`);
      inventory.bindings.push({
        kind,
        ...(namespace !== undefined ? { namespace } : {}),
        name: metadata.name,
        roleRef: { kind: roleRef.kind, name: roleRef.name },
        serviceAccounts,
      });
      return;
    }
  }
}
