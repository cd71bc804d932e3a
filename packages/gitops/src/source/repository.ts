import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { type Document, parseAllDocuments } from 'yaml';
import { type ObjectRef, refKey } from '../objects.ts';
import type { KustomizeRenderer } from './kustomize-renderer.ts';

const MAX_FILE_BYTES = 8 * 1024 * 1024;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A YAML file of the repository, parsed once (documents keep their source ranges). */
export type YamlFile = { path: string; text: string; docs: Document.Parsed[] };

/** A document of a file that defines (part of) an object. */
export type DocRef = { file: string; document: number };

/** A patch a Kustomization applies to the object, in the order they apply. */
export type PatchRef =
  | (DocRef & { type: 'strategic-merge' })
  | (DocRef & { type: 'json6902'; ops: { op: string; path: string; index: number }[] });

/** Where an object comes from: the document that declares it and the patches that change it. */
export type ObjectSource = {
  ref: ObjectRef;
  via: 'plain' | 'kustomize';
  base: DocRef;
  patches: PatchRef[];
  /** The Kustomization directory that renders it (kustomize only). */
  root?: string;
  /** The object as rendered (kustomize) or as written (plain). */
  rendered: unknown;
};

/** A checkout: its YAML files, its objects with their sources, and what could not be read. */
export type RepositoryModel = {
  dir: string;
  files: Map<string, YamlFile>;
  objects: ObjectSource[];
  roots: string[];
  /** What could not be read; a Kustomization not rendered lists the manifests its build reads (`files`). */
  unreadable: { kind: string; name: string; reason: string; files?: string[] }[];
};

type Kustomization = {
  dir: string;
  file: string;
  resources: string[];
  namespace?: string;
  namePrefix: string;
  nameSuffix: string;
  /** Patch files, each with its type and, for JSON6902, its target. */
  patches: { path: string; target?: { kind?: string; name?: string } }[];
};

type Raw = { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };

function rawRef(value: unknown, defaultNamespace: string): ObjectRef | undefined {
  const raw = value as Raw | null;
  if (!raw || typeof raw.kind !== 'string' || typeof raw.metadata?.name !== 'string') return undefined;
  const ns = typeof raw.metadata.namespace === 'string' ? raw.metadata.namespace : defaultNamespace;
  return { kind: raw.kind, namespace: ns, name: raw.metadata.name };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function parseKustomization(dir: string, file: string, value: unknown): Kustomization {
  const k = (value ?? {}) as Record<string, unknown>;
  const patches: Kustomization['patches'] = [];
  for (const p of strings(k.patchesStrategicMerge)) patches.push({ path: p });
  for (const p of Array.isArray(k.patchesJson6902) ? k.patchesJson6902 : []) {
    const entry = p as { path?: unknown; target?: { kind?: string; name?: string } };
    if (typeof entry.path === 'string')
      patches.push({ path: entry.path, ...(entry.target ? { target: entry.target } : {}) });
  }
  for (const p of Array.isArray(k.patches) ? k.patches : []) {
    const entry = p as { path?: unknown; target?: { kind?: string; name?: string } };
    if (typeof entry.path === 'string')
      patches.push({ path: entry.path, ...(entry.target ? { target: entry.target } : {}) });
  }
  return {
    dir,
    file,
    resources: [...strings(k.resources), ...strings(k.bases)],
    ...(typeof k.namespace === 'string' ? { namespace: k.namespace } : {}),
    namePrefix: typeof k.namePrefix === 'string' ? k.namePrefix : '',
    nameSuffix: typeof k.nameSuffix === 'string' ? k.nameSuffix : '',
    patches,
  };
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (/\.ya?ml$/.test(e.name) || e.name === 'Kustomization'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.split('/').some((part) => part === '.git' || part === 'node_modules'))
    .sort();
}

/** A digest of every YAML file of a checkout (paths and contents): what a Kustomize build depends on. */
export async function yamlFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const path of await yamlFiles(dir))
    hash
      .update(path)
      .update('\0')
      .update(await readFile(join(dir, path)))
      .update('\0');
  return hash.digest('hex');
}

/** JSON pointer → segments (`~1` is `/`, `~0` is `~`). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Reads a checkout: every YAML file; plain manifests (files no Kustomization claims); each root
 * Kustomization rendered by the real kustomize, every object it renders traced back to the
 * document that declares it and the patches (strategic-merge and JSON6902) that change it.
 */
export async function readRepository(
  dir: string,
  deps: { kustomize?: KustomizeRenderer },
  options: { onlyRoots?: readonly string[] } = {},
): Promise<RepositoryModel> {
  const files = new Map<string, YamlFile>();
  const unreadable: RepositoryModel['unreadable'] = [];
  for (const path of await yamlFiles(dir)) {
    const text = await readFile(join(dir, path), 'utf8');
    if (text.length > MAX_FILE_BYTES) {
      unreadable.push({ kind: 'file', name: path, reason: `larger than ${MAX_FILE_BYTES} bytes` });
      continue;
    }
    const docs = parseAllDocuments(text);
    const list = Array.isArray(docs) ? docs : [];
    const broken = list.find((d) => d.errors.length > 0);
    if (broken) {
      unreadable.push({
        kind: 'file',
        name: path,
        reason: broken.errors[0]?.message.slice(0, 512) ?? 'invalid YAML',
      });
      continue;
    }
    files.set(path, { path, text, docs: list });
  }
  const kustomizations = new Map<string, Kustomization>();
  for (const [path, file] of files) {
    const base = path.split('/').pop() as string;
    if (KUSTOMIZATION_FILES.includes(base)) {
      const kdir = dirname(path);
      kustomizations.set(kdir, parseKustomization(kdir, path, file.docs[0]?.toJS()));
    }
  }
  const claimed = new Set<string>([...kustomizations.values()].map((k) => k.file));
  const referenced = new Set<string>();
  for (const k of kustomizations.values()) {
    for (const r of k.resources) {
      const target = normalize(join(k.dir, r));
      if (kustomizations.has(target)) referenced.add(target);
      else claimed.add(target);
    }
    for (const p of k.patches) claimed.add(normalize(join(k.dir, p.path)));
  }
  const objects: ObjectSource[] = [];
  for (const [path, file] of files) {
    if (claimed.has(path)) continue;
    file.docs.forEach((doc, document) => {
      const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
      const ref = rawRef(value, 'default');
      if (ref)
        objects.push({ ref, via: 'plain', base: { file: path, document }, patches: [], rendered: value });
    });
  }
  const roots = [...kustomizations.keys()]
    .filter((k) => !referenced.has(k) && (!options.onlyRoots || options.onlyRoots.includes(k)))
    .sort();
  if (roots.length > 0 && !deps.kustomize) {
    for (const root of roots)
      unreadable.push({
        kind: 'Kustomization',
        name: root,
        reason: 'no kustomize renderer',
        files: treeFiles(root, kustomizations),
      });
  } else if (deps.kustomize) {
    for (const root of roots) {
      let rendered: unknown[];
      try {
        rendered = await deps.kustomize.render(dir, root);
      } catch (error) {
        unreadable.push({
          kind: 'Kustomization',
          name: root,
          reason: String((error as Error).message).slice(0, 512),
          files: treeFiles(root, kustomizations),
        });
        continue;
      }
      for (const value of rendered) {
        const ref = rawRef(value, 'default');
        if (!ref) continue;
        const traced = trace(root, ref, kustomizations, files);
        if (traced) objects.push({ ref, via: 'kustomize', root, ...traced, rendered: value });
        else
          unreadable.push({
            kind: ref.kind,
            name: `${root}: ${refKey(ref)}`,
            reason: 'rendered, but its declaring document was not found',
          });
      }
    }
  }
  return { dir, files, objects, roots, unreadable };
}

/** The files a Kustomization's build reads (its own, resources and patches, through the bases it names). */
function treeFiles(
  root: string,
  kustomizations: Map<string, Kustomization>,
  seen = new Set<string>(),
): string[] {
  const k = kustomizations.get(root);
  if (!k || seen.has(root)) return [];
  seen.add(root);
  const files = [k.file, ...k.patches.map((p) => normalize(join(k.dir, p.path)))];
  for (const r of k.resources) {
    const target = normalize(join(k.dir, r));
    files.push(...(kustomizations.has(target) ? treeFiles(target, kustomizations, seen) : [target]));
  }
  return [...new Set(files)].sort();
}

function docsMatching(
  file: YamlFile | undefined,
  kind: string,
  name: string,
  namespace: string | undefined,
): number[] {
  if (!file) return [];
  return file.docs.flatMap((doc, i) => {
    const raw = doc.toJS({ maxAliasCount: 100 }) as Raw | null;
    if (!raw || raw.kind !== kind || raw.metadata?.name !== name) return [];
    if (
      namespace !== undefined &&
      typeof raw.metadata.namespace === 'string' &&
      raw.metadata.namespace !== namespace
    )
      return [];
    return [i];
  });
}

/** Follows a rendered object down the Kustomization tree to the document that declares it. */
function trace(
  kdir: string,
  ref: ObjectRef,
  kustomizations: Map<string, Kustomization>,
  files: Map<string, YamlFile>,
  namespaceOverridden = false,
): { base: DocRef; patches: PatchRef[] } | undefined {
  const k = kustomizations.get(kdir);
  if (!k) return undefined;
  if (!ref.name.startsWith(k.namePrefix) || !ref.name.endsWith(k.nameSuffix)) return undefined;
  const name = ref.name.slice(k.namePrefix.length, ref.name.length - k.nameSuffix.length);
  // A namespace the Kustomization sets overrides whatever the inner document says.
  const overridden = namespaceOverridden || k.namespace !== undefined;
  const namespace = overridden ? undefined : ref.namespace;
  let found: { base: DocRef; patches: PatchRef[] } | undefined;
  for (const r of k.resources) {
    const target = normalize(join(k.dir, r));
    if (kustomizations.has(target)) {
      found = trace(target, { ...ref, name }, kustomizations, files, overridden);
      if (found) break;
    } else {
      const [document] = docsMatching(files.get(target), ref.kind, name, namespace);
      if (document !== undefined) {
        found = { base: { file: target, document }, patches: [] };
        break;
      }
    }
  }
  if (!found) return undefined;
  for (const p of k.patches) {
    const path = normalize(join(k.dir, p.path));
    const file = files.get(path);
    if (!file) continue;
    const first = file.docs[0]?.toJS() as unknown;
    if (Array.isArray(first)) {
      if (p.target?.kind !== ref.kind || p.target.name !== name) continue;
      const ops = first.flatMap((op, index) => {
        const o = op as { op?: unknown; path?: unknown };
        return typeof o.op === 'string' && typeof o.path === 'string'
          ? [{ op: o.op, path: o.path, index }]
          : [];
      });
      found.patches.push({ type: 'json6902', file: path, document: 0, ops });
      continue;
    }
    for (const document of docsMatching(file, ref.kind, name, undefined))
      found.patches.push({ type: 'strategic-merge', file: path, document });
  }
  return found;
}
