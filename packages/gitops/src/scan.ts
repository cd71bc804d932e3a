import type { CheckContext } from './checks/check.ts';
import { CHECKS } from './checks/registry.ts';
import type { GitopsFinding, Severity } from './finding.ts';
import { addGitopsObject, emptyGitopsInventory, type GitopsInventory } from './objects.ts';
import { findSource } from './source/locate.ts';
import type { RepositoryModel } from './source/repository.ts';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Runs every check of `CHECKS` over an inventory: findings most severe first, then by object.
 * @example
 * const findings = scanGitops({ inventory: inventoryFromRepository(repo), resources });
 */
export function scanGitops(context: CheckContext): GitopsFinding[] {
  return CHECKS.flatMap((check) => check.run(context)).sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.key.localeCompare(b.key),
  );
}

/** The objects a repository declares (plain) or renders (Kustomize), as one inventory. */
export function inventoryFromRepository(repo: RepositoryModel): GitopsInventory {
  const inventory = emptyGitopsInventory();
  for (const source of repo.objects)
    addGitopsObject(inventory, source.ref.kind, source.rendered, source.ref.namespace);
  inventory.unreadable.push(...repo.unreadable);
  return inventory;
}

/**
 * Ties each finding to the manifest that defines its object (the document that declares it);
 * findings about objects Git does not hold keep no source and are reported as such.
 */
export function attachSources(findings: readonly GitopsFinding[], repo: RepositoryModel): GitopsFinding[] {
  return findings.map((f) => {
    const source = findSource(repo, f.object);
    if (!source) return f;
    return {
      ...f,
      source: { file: source.base.file, document: source.base.document, yamlPath: '', via: source.via },
    };
  });
}

/**
 * The findings outside `policy.denyNamespaces`: the agent proposes nothing for a namespace it is
 * told to leave alone, as healing changes nothing there.
 */
export function withoutDeniedNamespaces(
  findings: readonly GitopsFinding[],
  denyNamespaces: readonly string[],
): GitopsFinding[] {
  const denied = new Set(denyNamespaces);
  return findings.filter((f) => !denied.has(f.object.namespace));
}
