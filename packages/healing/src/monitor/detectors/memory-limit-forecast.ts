import { forecastDetections } from './forecast-detection.ts';
import { defineDetector } from './spec.ts';

export const memoryLimitForecast = defineDetector({
  signal: 'MemoryLimitForecast',
  reads: [],
  // Below every failure: once the container is OOMKilled or crash-looping, that names the incident.
  specificity: 1,
  doc: "A container whose working set trends towards its memory limit and reaches it within the observer's horizon (a robust slope over hours of samples, never one sample).",
  detect: (snapshot, context) => forecastDetections(snapshot, context, 'memory-limit', 'MemoryLimitForecast'),
});
