import { contractWorldSeries, describeForecastMetricsContract, InMemoryForecastMetrics } from './index.ts';

describeForecastMetricsContract('InMemoryForecastMetrics', async (world) => ({
  metrics: new InMemoryForecastMetrics(contractWorldSeries(world)),
}));
