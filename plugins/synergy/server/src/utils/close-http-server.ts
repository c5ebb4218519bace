import type { Server } from 'node:http';

/** How long requests under way may take to finish when the app stops (orchestrators kill after ~30 s). */
const GRACE_MS = 10_000;
/** Keep-alive connections become idle when their last response is sent: close them as they do. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops taking requests and waits (at most GRACE_MS) for those under way to finish. Strapi's own
 * shutdown runs the plugins' `destroy` before it closes the HTTP server, and then cuts every open
 * connection: without this, requests keep arriving while the audit queue drains, and a request
 * cut mid-way may write its record after the drain and lose its audit entry.
 */
export const closeHttpServer = async (server: Server): Promise<void> => {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, GRACE_MS);
  });
  try {
    await Promise.race([closed, timeout]);
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
};
