/**
 * What a requested vCPU-hour and GiB-hour cost. A pod's requests are what the scheduler reserves
 * on a node, so they are what a cluster pays for; the saving materialises when the freed capacity
 * lets the autoscaler (Cluster Autoscaler, Karpenter) consolidate nodes.
 */
export type UnitPrices = { vcpuHourUsd: number; gibHourUsd: number };

/** Hours in an average month (8,760 / 12), as AWS bills monthly estimates. */
export const HOURS_PER_MONTH = 730;

/**
 * EC2 on-demand prices, Linux, us-east-1, USD per hour, as listed on
 * https://aws.amazon.com/ec2/pricing/on-demand/ (checked for the 2024–2025 price list). They only
 * seed the defaults: set `prices` (or a node type) for your region, purchase option and discounts.
 */
export const EC2_ON_DEMAND_US_EAST_1: Record<string, { vcpu: number; memoryGiB: number; hourlyUsd: number }> =
  {
    't3.medium': { vcpu: 2, memoryGiB: 4, hourlyUsd: 0.0416 },
    't3.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.0832 },
    'c5.large': { vcpu: 2, memoryGiB: 4, hourlyUsd: 0.085 },
    'c5.xlarge': { vcpu: 4, memoryGiB: 8, hourlyUsd: 0.17 },
    'c6i.large': { vcpu: 2, memoryGiB: 4, hourlyUsd: 0.085 },
    'c6g.large': { vcpu: 2, memoryGiB: 4, hourlyUsd: 0.068 },
    'm5.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.096 },
    'm5.xlarge': { vcpu: 4, memoryGiB: 16, hourlyUsd: 0.192 },
    'm6i.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.096 },
    'm6i.xlarge': { vcpu: 4, memoryGiB: 16, hourlyUsd: 0.192 },
    'm6g.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.077 },
    'm7i.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.1008 },
    'm7g.large': { vcpu: 2, memoryGiB: 8, hourlyUsd: 0.0816 },
    'r5.large': { vcpu: 2, memoryGiB: 16, hourlyUsd: 0.126 },
    'r6i.large': { vcpu: 2, memoryGiB: 16, hourlyUsd: 0.126 },
    'r6g.large': { vcpu: 2, memoryGiB: 16, hourlyUsd: 0.1008 },
  };

/**
 * Least-squares split of node prices into a price per vCPU and per GiB (price ≈ a·vCPU + b·GiB,
 * no intercept): the compute-, general- and memory-optimised families differ mostly in memory per
 * vCPU, which is what separates the two unit prices.
 */
export function fitUnitPrices(
  table: Record<string, { vcpu: number; memoryGiB: number; hourlyUsd: number }>,
): UnitPrices {
  let cc = 0;
  let cm = 0;
  let mm = 0;
  let cp = 0;
  let mp = 0;
  for (const { vcpu, memoryGiB, hourlyUsd } of Object.values(table)) {
    cc += vcpu * vcpu;
    cm += vcpu * memoryGiB;
    mm += memoryGiB * memoryGiB;
    cp += vcpu * hourlyUsd;
    mp += memoryGiB * hourlyUsd;
  }
  const det = cc * mm - cm * cm;
  return { vcpuHourUsd: (cp * mm - mp * cm) / det, gibHourUsd: (cc * mp - cm * cp) / det };
}

/**
 * The x86 general-, compute- and memory-optimised types the defaults are fitted on; burstable (t3)
 * and Graviton (…g) types are priced differently per vCPU and only serve `unitPricesForNodeType`.
 */
export const DEFAULT_PRICE_FIT_TYPES = [
  'c5.large',
  'c5.xlarge',
  'c6i.large',
  'm5.large',
  'm5.xlarge',
  'm6i.large',
  'm6i.xlarge',
  'm7i.large',
  'r5.large',
  'r6i.large',
] as const;

/** Unit prices fitted over {@link DEFAULT_PRICE_FIT_TYPES}: the default when nothing is configured. */
export const DEFAULT_UNIT_PRICES: UnitPrices = fitUnitPrices(
  Object.fromEntries(
    DEFAULT_PRICE_FIT_TYPES.map((type) => [
      type,
      EC2_ON_DEMAND_US_EAST_1[type] as (typeof EC2_ON_DEMAND_US_EAST_1)[string],
    ]),
  ),
);

/**
 * Unit prices for a cluster of one node type: that type's hourly price split in the ratio of the
 * fitted default prices, so a vCPU and a GiB cost what they cost on that node. Undefined for a type
 * the table does not know.
 */
export function unitPricesForNodeType(instanceType: string): UnitPrices | undefined {
  const node = EC2_ON_DEMAND_US_EAST_1[instanceType];
  if (!node) return undefined;
  const fitted =
    node.vcpu * DEFAULT_UNIT_PRICES.vcpuHourUsd + node.memoryGiB * DEFAULT_UNIT_PRICES.gibHourUsd;
  const scale = node.hourlyUsd / fitted;
  return {
    vcpuHourUsd: DEFAULT_UNIT_PRICES.vcpuHourUsd * scale,
    gibHourUsd: DEFAULT_UNIT_PRICES.gibHourUsd * scale,
  };
}

/** Monthly cost of requests: cores and bytes, times replicas. */
export function monthlyRequestCostUsd(
  requests: { cpuCores: number; memoryBytes: number },
  replicas: number,
  prices: UnitPrices,
): number {
  const gib = requests.memoryBytes / 1024 ** 3;
  return (requests.cpuCores * prices.vcpuHourUsd + gib * prices.gibHourUsd) * HOURS_PER_MONTH * replicas;
}
