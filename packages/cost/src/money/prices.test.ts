import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRICE_FIT_TYPES,
  DEFAULT_UNIT_PRICES,
  EC2_ON_DEMAND_US_EAST_1,
  fitUnitPrices,
  monthlyRequestCostUsd,
  unitPricesForNodeType,
} from './prices.ts';

describe('unit prices', () => {
  it('recovers the split of a price table built from known unit prices', () => {
    const table = {
      a: { vcpu: 2, memoryGiB: 4, hourlyUsd: 2 * 0.03 + 4 * 0.004 },
      b: { vcpu: 2, memoryGiB: 16, hourlyUsd: 2 * 0.03 + 16 * 0.004 },
    };
    const fitted = fitUnitPrices(table);
    expect(fitted.vcpuHourUsd).toBeCloseTo(0.03, 6);
    expect(fitted.gibHourUsd).toBeCloseTo(0.004, 6);
  });

  it('prices every node type it was fitted on within 10%', () => {
    for (const type of DEFAULT_PRICE_FIT_TYPES) {
      const node = EC2_ON_DEMAND_US_EAST_1[type] as { vcpu: number; memoryGiB: number; hourlyUsd: number };
      const fitted =
        node.vcpu * DEFAULT_UNIT_PRICES.vcpuHourUsd + node.memoryGiB * DEFAULT_UNIT_PRICES.gibHourUsd;
      expect(Math.abs(fitted - node.hourlyUsd) / node.hourlyUsd).toBeLessThan(0.1);
    }
    expect(DEFAULT_UNIT_PRICES.vcpuHourUsd).toBeGreaterThan(DEFAULT_UNIT_PRICES.gibHourUsd * 4);
  });

  it('splits one node type so its own vCPUs and memory add up to its price', () => {
    const prices = unitPricesForNodeType('m5.large');
    expect(prices).toBeDefined();
    expect(2 * (prices?.vcpuHourUsd ?? 0) + 8 * (prices?.gibHourUsd ?? 0)).toBeCloseTo(0.096, 6);
    expect(unitPricesForNodeType('x9.nothing')).toBeUndefined();
  });

  it('costs requests per month for every replica', () => {
    const cost = monthlyRequestCostUsd({ cpuCores: 1, memoryBytes: 1024 ** 3 }, 3, {
      vcpuHourUsd: 0.04,
      gibHourUsd: 0.005,
    });
    expect(cost).toBeCloseTo((0.04 + 0.005) * 730 * 3, 6);
  });
});
