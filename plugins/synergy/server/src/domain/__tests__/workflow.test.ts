import { reviewGateOf } from '../workflow';

const enumeration = (values: string[]) => ({ status: { type: 'enumeration', enum: values } });

describe('reviewGateOf', () => {
  it('gates publishing of a Draft & Publish type', () => {
    expect(reviewGateOf('api::brand-material.brand-material', { options: { draftAndPublish: true }, attributes: { title: { type: 'string' } } })).toEqual({
      publish: true,
      statuses: [],
    });
  });

  it("gates a strategy's approved and active statuses", () => {
    const model = { attributes: enumeration(['draft', 'in_review', 'approved', 'active', 'completed', 'retired']) };
    expect(reviewGateOf('api::strategy.strategy', model)).toEqual({ publish: false, statuses: ['approved', 'active'] });
  });

  it('gates only the values of the enum among approved and active for another status type', () => {
    expect(reviewGateOf('api::customer.customer', { attributes: enumeration(['prospect', 'active', 'dormant', 'lost']) })).toEqual({ publish: false, statuses: ['active'] });
    expect(reviewGateOf('api::campaign.campaign', { attributes: enumeration(['planned', 'running']) })).toEqual({ publish: false, statuses: [] });
  });

  it('gates nothing without Draft & Publish or a status enum', () => {
    expect(reviewGateOf('api::competitor.competitor', { options: { draftAndPublish: false }, attributes: { status: { type: 'string' } } })).toEqual({
      publish: false,
      statuses: [],
    });
  });
});
