export { Metrics } from './metrics';
export { MetricsModule } from './metrics.module';
export { metricsPlugin } from './metrics.plugin';
export { registerMetrics } from './metrics-endpoint';
