import { addObject, emptyInventory, type SecurityInventory } from './inventory.ts';

/** An object as another pillar holds it (a rendered manifest): its kind, namespace and raw value. */
export type InventoryObject = { kind: string; namespace: string; value: unknown };

/**
 * An inventory of objects someone else has already read and rendered (the GitOps enforcer's
 * Kustomize builds), so that the posture scan judges exactly what would be applied.
 */
export function inventoryOfObjects(objects: readonly InventoryObject[]): SecurityInventory {
  const inventory = emptyInventory(true);
  for (const o of objects) addObject(inventory, o.kind, o.value, o.namespace);
  return inventory;
}
