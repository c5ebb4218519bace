import { allowedActions, decisionRefusal, reviewGateOf } from '../workflow';

const enumeration = (values: string[]) => ({ status: { type: 'enumeration', enum: values } });

describe('reviewGateOf', () => {
  it('gates publishing of a Draft & Publish type', () => {
    expect(
      reviewGateOf('api::brand-material.brand-material', {
        options: { draftAndPublish: true },
        attributes: { title: { type: 'string' } },
      }),
    ).toEqual({
      publish: true,
      statuses: [],
    });
  });

  it("gates a strategy's approved and active statuses", () => {
    const model = {
      attributes: enumeration(['draft', 'in_review', 'approved', 'active', 'completed', 'retired']),
    };
    expect(reviewGateOf('api::strategy.strategy', model)).toEqual({
      publish: false,
      statuses: ['approved', 'active'],
    });
  });

  it('gates only the values of the enum among approved and active for another status type', () => {
    expect(
      reviewGateOf('api::customer.customer', {
        attributes: enumeration(['prospect', 'active', 'dormant', 'lost']),
      }),
    ).toEqual({ publish: false, statuses: ['active'] });
    expect(
      reviewGateOf('api::campaign.campaign', { attributes: enumeration(['planned', 'running']) }),
    ).toEqual({ publish: false, statuses: [] });
  });

  it('gates nothing without Draft & Publish or a status enum', () => {
    expect(
      reviewGateOf('api::competitor.competitor', {
        options: { draftAndPublish: false },
        attributes: { status: { type: 'string' } },
      }),
    ).toEqual({
      publish: false,
      statuses: [],
    });
  });
});

describe('who may approve or reject a stage', () => {
  const stage = {
    key: 'marketing-review',
    name: 'Marketing review',
    approverRoles: [3],
    requiredApprovals: 1,
  };
  const approver = { id: 7, roleIds: [3], isSuperAdmin: false };
  const other = { id: 8, roleIds: [4], isSuperAdmin: false };
  const superAdmin = { id: 1, roleIds: [], isSuperAdmin: true };
  const inReview = (submittedById: number | null) => ({
    state: 'in_review' as const,
    submittedById,
  });
  const actions = (
    actor: typeof approver,
    submittedById: number | null,
    hasApprovedStage = false,
  ) =>
    allowedActions(inReview(submittedById), stage, actor, { canUpdate: false, hasApprovedStage });

  it('a holder of the stage role or a Super Admin, never the submitter', () => {
    expect(decisionRefusal(stage, approver, { submittedById: 2 })).toBeNull();
    expect(decisionRefusal(stage, superAdmin, { submittedById: 2 })).toBeNull();
    expect(decisionRefusal(stage, other, { submittedById: 2 })).toBe('not-an-approver');
    expect(decisionRefusal(stage, approver, { submittedById: approver.id })).toBe('submitter');
  });

  it('allowedActions offers approve and reject exactly when decisionRefusal allows, approve once per stage', () => {
    expect(actions(approver, 2)).toEqual(['approve', 'reject']);
    expect(actions(approver, 2, true)).toEqual(['reject']);
    expect(actions(other, 2)).toEqual([]);
    expect(actions(approver, approver.id)).toEqual(['withdraw']);
  });
});
