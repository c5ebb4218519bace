import {
  allowedActions,
  decidingAs,
  reviewGateOf,
  type Principal,
  type StageApproval,
} from '../workflow';

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
  const approver = { id: 7, name: 'Approver', roleIds: [3], isSuperAdmin: false };
  const other = { id: 8, name: 'Other', roleIds: [4], isSuperAdmin: false };
  const superAdmin = { id: 1, name: 'Super', roleIds: [], isSuperAdmin: true };
  const inReview = (submittedById: number | null) => ({
    state: 'in_review' as const,
    submittedById,
  });
  const actions = (
    actor: typeof approver,
    submittedById: number | null,
    options: { approvals?: StageApproval[]; standingInFor?: Principal[] } = {},
  ) => allowedActions(inReview(submittedById), stage, actor, { canUpdate: false, ...options });
  const approve = (
    actor: typeof approver,
    submittedById: number | null,
    options: { approvals?: StageApproval[]; standingInFor?: Principal[] } = {},
  ) => decidingAs(stage, actor, { submittedById }, { ...options, approving: true });

  it('a holder of the stage role or a Super Admin, never the submitter', () => {
    expect(approve(approver, 2)).toEqual({ as: approver, standIn: null });
    expect(approve(superAdmin, 2)).toEqual({ as: superAdmin, standIn: null });
    expect(approve(other, 2)).toEqual({ refusal: 'not-an-approver' });
    expect(approve(approver, approver.id)).toEqual({ refusal: 'submitter' });
  });

  it('a stand-in decides in the name of the approver they stand in for, recorded as the stand-in', () => {
    expect(approve(other, 2, { standingInFor: [approver] })).toEqual({
      as: approver,
      standIn: other,
    });
    // Never for the submitter, and never by them.
    expect(approve(other, approver.id, { standingInFor: [approver] })).toEqual({
      refusal: 'submitter',
    });
    expect(approve(other, other.id, { standingInFor: [approver] })).toEqual({
      refusal: 'submitter',
    });
    // The approver's own approval counts once, whoever gave it.
    expect(
      approve(other, 2, {
        standingInFor: [approver],
        approvals: [{ actorId: 7, standInId: null }],
      }),
    ).toEqual({ refusal: 'already-approved' });
    // One approval per person: having approved for someone, not again in one's own name.
    const holder = { ...other, roleIds: [3] };
    expect(
      approve(holder, 2, { standingInFor: [approver], approvals: [{ actorId: 7, standInId: 8 }] }),
    ).toEqual({ refusal: 'already-approved' });
    // One's own role first.
    expect(approve(holder, 2, { standingInFor: [approver] })).toEqual({
      as: holder,
      standIn: null,
    });
  });

  it('allowedActions offers approve and reject exactly when decidingAs allows, approve once per stage', () => {
    expect(actions(approver, 2)).toEqual(['approve', 'reject']);
    expect(actions(approver, 2, { approvals: [{ actorId: 7, standInId: null }] })).toEqual([
      'reject',
    ]);
    expect(actions(other, 2)).toEqual([]);
    expect(actions(other, 2, { standingInFor: [approver] })).toEqual(['approve', 'reject']);
    expect(actions(approver, approver.id)).toEqual(['withdraw']);
  });
});
