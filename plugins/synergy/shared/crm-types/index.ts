/**
 * The registry of the CRM content types of SPEC §2: a new type is its folder under src/api, its
 * translations and one descriptor here. Everything that treats the CRM types alike (classification,
 * audit, export, import, content-manager views, seeded roles, business rules, analytics cache)
 * reads this list.
 */
import { brandMaterial } from './brand-material';
import { campaign } from './campaign';
import { competitor } from './competitor';
import { competitorOffering } from './competitor-offering';
import { contact } from './contact';
import { customer } from './customer';
import type { CrmTypeDescriptor } from './descriptor';
import { feedback } from './feedback';
import { interaction } from './interaction';
import { opportunity } from './opportunity';
import { product } from './product';
import { serviceTicket } from './service-ticket';
import { strategy } from './strategy';
import { surveyResponse } from './survey-response';
import { winLossInterview } from './win-loss-interview';

export * from './descriptor';

const TYPES = [
  customer,
  contact,
  interaction,
  feedback,
  serviceTicket,
  surveyResponse,
  product,
  competitor,
  competitorOffering,
  opportunity,
  winLossInterview,
  strategy,
  brandMaterial,
  campaign,
] as const satisfies readonly CrmTypeDescriptor[];

/** In SPEC §2's order, which lists and menus follow. */
export const CRM_TYPES: readonly CrmTypeDescriptor[] = TYPES;

type CrmType = (typeof TYPES)[number];

export type CrmContentType = CrmType['uid'];

export const CRM_CONTENT_TYPES: readonly CrmContentType[] = TYPES.map((type) => type.uid);

const byUid = new Map<string, CrmTypeDescriptor>(CRM_TYPES.map((type) => [type.uid, type]));

export const isCrmContentType = (uid: string | null | undefined): uid is CrmContentType =>
  Boolean(uid && byUid.has(uid));

/** The descriptor of a CRM type, or undefined for any other uid. */
export const crmType = (uid: string): CrmTypeDescriptor | undefined => byUid.get(uid);

/** The plural names of the types files can be imported into (SPEC §5). */
export type ImportableType = Extract<CrmType, { import: object }>['pluralName'];

export const IMPORTABLE_TYPES: readonly ImportableType[] = TYPES.filter(
  (type): type is Extract<CrmType, { import: object }> => 'import' in type,
).map((type) => type.pluralName);
