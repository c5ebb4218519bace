/**
 * A load client in its own process (so its timing is not skewed by the server's event loop):
 * the parent sends `{ url, method, headers, body, count }` and gets back the milliseconds each
 * request took, and the analytics cache's answer header of each (`hit`, `miss`, or null).
 */
interface Job {
  requests: Array<{ url: string; method: string; headers: Record<string, string>; body?: string }>;
}

process.on('message', async (job: Job) => {
  const timings: number[] = [];
  const caches: Array<string | null> = [];
  for (const request of job.requests) {
    const start = process.hrtime.bigint();
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      await response.arrayBuffer();
    } catch (error) {
      // Answered, not thrown: a crash here would leave the parent waiting for a message forever.
      process.send?.({
        error: `${request.method} ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    if (!response.ok) {
      process.send?.({ error: `${request.method} ${request.url} answered ${response.status}` });
      return;
    }
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    caches.push(response.headers.get('x-synergy-cache'));
  }
  process.send?.({ timings, caches });
});
