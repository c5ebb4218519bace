import type { Context } from 'koa';
import type {
  DualControlAccepted,
  DualControlRequest,
} from '../../../shared/contracts/dual-control';

/** 202 Accepted with the request: the two-person rule holds the action until a second person approves. */
export const heldForApproval = (ctx: Context, request: DualControlRequest) => {
  ctx.status = 202;
  ctx.body = {
    data: request,
    meta: {
      rule: 'two-person',
      message: `Two-person rule: "${request.action}" needs the approval of a second person; request ${request.id} is pending until ${request.expiresAt}`,
    },
  } satisfies DualControlAccepted;
};

/**
 * Server middleware: a document-service write that the two-person rule held (it stored the
 * request on the request's state and answered the record unchanged) is answered 202 with the
 * request, whatever route made it (content manager, REST).
 */
export const answerHeldWrites = async (ctx: Context, next: () => Promise<unknown>) => {
  await next();
  const request = (ctx.state as { synergyDualControlRequest?: DualControlRequest })
    .synergyDualControlRequest;
  // A streamed answer (an import's progress) is under way: its rows report what was held.
  const streaming = typeof (ctx.body as { pipe?: unknown } | null)?.pipe === 'function';
  if (request && ctx.status < 300 && !streaming) heldForApproval(ctx, request);
};
