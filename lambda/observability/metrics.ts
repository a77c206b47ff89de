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
 * CloudWatch metrics as embedded-metric-format log lines (namespace DeviceHelpDesk, dimension service from
 * POWERTOOLS_SERVICE_NAME). A count with dimensions is its own line so its labels do not leak onto others.
 */
export function powertoolsMetrics(): Metrics {
  const metrics = new PowertoolsMetrics({ namespace: 'DeviceHelpDesk', serviceName: 'device-help-desk' });
  return {
    count(name, dimensions) {
      if (!dimensions) {
        metrics.addMetric(name, MetricUnit.Count, 1);
        return;
      }
      const single = metrics.singleMetric();
      for (const [key, value] of Object.entries(dimensions)) single.addDimension(key, value);
      single.addMetric(name, MetricUnit.Count, 1);
    },
    flush() {
      try {
        if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
      } catch {
        // Metrics must never cost the customer their answer.
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
