import { Metrics as PowertoolsMetrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** What the desk counts: every request, each hand-off to a team, each problem fixed, each failed request. */
export type MetricName = 'Request' | 'Handoff' | 'Fix' | 'Error';

/** Low-cardinality labels only (a team, a device family): never anything about the customer. */
export type MetricDimensions = Record<string, string>;

/** The metrics port: Powertools' embedded metric format in production, a recorder in tests. */
export interface Metrics {
  count(name: MetricName, dimensions?: MetricDimensions): void;
  /** Sends what was counted; called once per invocation. Never throws. */
  flush(): void;
}

/**
 * CloudWatch metrics as embedded-metric-format log lines (namespace DeviceHelpDesk, dimension service).
 * Counts with dimensions go to one emitter per dimension set, so labels never leak onto other counts;
 * dimension values are few (teams, device families), so the emitters stay few.
 */
export function powertoolsMetrics(): Metrics {
  const emitter = () => new PowertoolsMetrics({ namespace: 'DeviceHelpDesk', serviceName: 'device-help-desk' });
  const plain = emitter();
  const byDimensions = new Map<string, PowertoolsMetrics>();
  const emitterFor = (dimensions: MetricDimensions) => {
    const key = JSON.stringify(Object.entries(dimensions).sort());
    let metrics = byDimensions.get(key);
    if (!metrics) {
      metrics = emitter();
      metrics.setDefaultDimensions(dimensions);
      byDimensions.set(key, metrics);
    }
    return metrics;
  };
  return {
    count(name, dimensions) {
      (dimensions ? emitterFor(dimensions) : plain).addMetric(name, MetricUnit.Count, 1);
    },
    flush() {
      for (const metrics of [plain, ...byDimensions.values()]) {
        try {
          if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
        } catch {
          // Metrics must never cost the customer their answer.
        }
      }
    },
  };
}

export interface CountedMetric {
  name: MetricName;
  dimensions?: MetricDimensions;
}

/** Keeps counts in memory, for tests and the terminal simulator. */
export function recordingMetrics(): Metrics & { counted: CountedMetric[]; flushes: number } {
  const recorder = {
    counted: [] as CountedMetric[],
    flushes: 0,
    count(name: MetricName, dimensions?: MetricDimensions) {
      recorder.counted.push(dimensions ? { name, dimensions } : { name });
    },
    flush() {
      recorder.flushes += 1;
    },
  };
  return recorder;
}
