/**
 * A load client in its own process (so its timing is not skewed by the server's event loop):
 * the parent sends `{ url, method, headers, body, count }` and gets back the milliseconds each
 * request took.
 */
interface Job {
  requests: Array<{ url: string; method: string; headers: Record<string, string>; body?: string }>;
}

process.on('message', async (job: Job) => {
  const timings: number[] = [];
  for (const request of job.requests) {
    const start = process.hrtime.bigint();
    const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
    await response.arrayBuffer();
    if (!response.ok) {
      process.send?.({ error: `${request.method} ${request.url} answered ${response.status}` });
      return;
    }
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.send?.({ timings });
});
