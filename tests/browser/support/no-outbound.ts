import { takeOutboundRequests } from './chromium';

/**
 * The app runs on a closed network: a browser test fails when a page tried to reach any address
 * outside loopback (telemetry, update checks, marketing content, fonts, …), listing each request.
 */
afterEach(() => {
  expect(takeOutboundRequests()).toEqual([]);
});
