/** SLA targets by ticket priority (SPEC §4 service), editable in settings. */

export const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface SlaTarget {
  responseHours: number;
  resolveHours: number;
}

export type SlaTargets = Record<Priority, SlaTarget>;

export const DEFAULT_SLA_TARGETS: SlaTargets = {
  p1: { responseHours: 2, resolveHours: 24 },
  p2: { responseHours: 4, resolveHours: 72 },
  p3: { responseHours: 24, resolveHours: 168 },
  p4: { responseHours: 72, resolveHours: 336 },
};
