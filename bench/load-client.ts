/**
 * The load generator in its own process (so that it does not share the app's event loop): the
 * parent sends one `LoadJob`, this process runs autocannon against it and answers a `LoadSummary`.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds before a request counts as an error. */
  timeout: number;
}

export interface LoadSummary {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  durationSeconds: number;
}

const summarize = (result: autocannon.Result): LoadSummary => ({
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.average,
  },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCodes: Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
  ),
  durationSeconds: result.duration,
});

process.on('message', async (job: LoadJob) => {
  try {
    const result = await autocannon({
      url: job.url,
      headers: job.headers,
      connections: job.connections,
      duration: job.duration,
      timeout: job.timeout,
    });
    process.send?.({ summary: summarize(result) });
  } catch (error) {
    process.send?.({ error: (error as Error).message });
  }
});
