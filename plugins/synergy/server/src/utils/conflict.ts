import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';

/**
 * A request that lost a race or meets a state that forbids it (a stale review version, a merge of
 * a customer in review). `@strapi/utils` has no 409 class and Strapi's error middleware answers
 * every other ApplicationError with 400, so `answerConflicts` gives it its status.
 */
export class ConflictError<TDetails = unknown> extends errors.ApplicationError<
  'ConflictError',
  string,
  TDetails
> {
  constructor(message: string, details?: TDetails) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/**
 * Route middleware: a ConflictError thrown by the handler is a 409 in Strapi's error shape, as
 * Strapi's own `ctx.conflict()` answers; any other error goes on to Strapi's error middleware.
 */
export const answerConflicts = async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    ctx.status = 409;
    ctx.body = {
      data: null,
      error: {
        status: 409,
        name: error.name,
        message: error.message,
        details: error.details ?? {},
      },
    };
  }
};
