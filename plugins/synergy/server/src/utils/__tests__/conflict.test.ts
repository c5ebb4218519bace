import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { ConflictError, answerConflicts } from '../conflict';

const run = async (error: Error) => {
  const ctx = { status: 404, body: undefined } as unknown as Context;
  await answerConflicts(ctx, async () => {
    throw error;
  });
  return ctx;
};

describe('answerConflicts', () => {
  it('answers a ConflictError with 409 in Strapi’s error shape', async () => {
    const ctx = await run(new ConflictError('The review has changed since you loaded it'));
    expect(ctx.status).toBe(409);
    expect(ctx.body).toEqual({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: 'The review has changed since you loaded it',
        details: {},
      },
    });
  });

  it('leaves every other error to Strapi’s error middleware', async () => {
    await expect(run(new errors.ValidationError('name is required'))).rejects.toThrow(
      'name is required',
    );
  });

  it('is an ApplicationError of @strapi/utils', () => {
    expect(new ConflictError('x')).toBeInstanceOf(errors.ApplicationError);
  });
});
