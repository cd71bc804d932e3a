import { forecastDetections } from './forecast-detection.ts';
import { defineDetector } from './spec.ts';

export const volumeFillingForecast = defineDetector({
  signal: 'VolumeFillingForecast',
  reads: [],
  specificity: 1,
  doc: "A PersistentVolumeClaim whose used bytes trend towards its capacity and fill it within the observer's horizon (kubelet volume stats).",
  detect: (snapshot, context) =>
    forecastDetections(snapshot, context, 'volume-full', 'VolumeFillingForecast'),
});
