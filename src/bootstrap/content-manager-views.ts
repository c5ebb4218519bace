import type { Core } from '@strapi/strapi';

/**
 * Content-manager list and edit views of the CRM types and components, applied once per view
 * version so that what an administrator later changes in "Configure the view" is kept.
 * Bump a view's `version` to apply its new definition again (it then replaces that view).
 */

type SortOrder = 'ASC' | 'DESC';
/** One row of the edit view: [field, width in a 12-column grid]. */
type EditRow = Array<[string, number]>;

interface ViewDefinition {
  version: number;
  /** Field the entry is known by (edit-view title, relation pickers, repeatable component headers). */
  mainField: string;
  list: string[];
  sort?: [string, SortOrder];
  edit: EditRow[];
  /** English labels where the field name does not read well once split (`fooBar` → "Foo bar"). */
  labels?: Record<string, string>;
}

interface FieldMetadata {
  edit: { label?: string; mainField?: string; [key: string]: unknown };
  list: { label?: string; [key: string]: unknown };
}

interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
}

interface ConfigurableModel {
  uid: string;
  attributes: Record<string, { type: string; target?: string; targetModel?: string }>;
}

/** The part of the content manager's `content-types` and `components` services used here. */
interface ConfigurationService {
  findConfiguration(model: ConfigurableModel): Promise<Partial<ViewConfiguration>>;
  updateConfiguration(model: ConfigurableModel, configuration: ViewConfiguration): Promise<unknown>;
}

const MARKER = { type: 'plugin', name: 'synergy', key: 'cm-views-version' } as const;

/** How a relation to each target is shown: lists, pickers and relation fields. */
const MAIN_FIELD_BY_TARGET: Record<string, string> = {
  'api::customer.customer': 'name',
  'api::contact.contact': 'fullName',
  'api::product.product': 'name',
  'api::strategy.strategy': 'title',
  'api::competitor.competitor': 'name',
  'api::competitor-offering.competitor-offering': 'name',
  'api::opportunity.opportunity': 'title',
  'api::campaign.campaign': 'name',
  'api::brand-material.brand-material': 'title',
  'api::feedback.feedback': 'content',
  'api::service-ticket.service-ticket': 'title',
  'api::interaction.interaction': 'summary',
  // Email identifies an admin user unambiguously and is always set; names may be missing.
  'admin::user': 'email',
};

const CONTENT_TYPE_VIEWS: Record<string, ViewDefinition> = {
  'api::customer.customer': {
    version: 1,
    mainField: 'name',
    list: ['name', 'code', 'tier', 'status', 'region', 'owner'],
    sort: ['name', 'ASC'],
    labels: { shortName: 'Short name', sector: 'Service branch / sector', owner: 'Account owner' },
    edit: [
      [['name', 8], ['shortName', 4]],
      [['code', 4], ['type', 4], ['sector', 4]],
      [['tier', 4], ['status', 4], ['region', 4]],
      [['owner', 6], ['classification', 6]],
      [['contacts', 12]],
      [['needs', 12]],
      [['notes', 12]],
    ],
  },
  'api::contact.contact': {
    version: 1,
    mainField: 'fullName',
    list: ['fullName', 'customer', 'position', 'department', 'phone', 'isKeyDecisionMaker'],
    sort: ['fullName', 'ASC'],
    edit: [
      [['fullName', 6], ['customer', 6]],
      [['position', 4], ['department', 4], ['influence', 4]],
      [['phone', 4], ['email', 4], ['isKeyDecisionMaker', 4]],
      [['classification', 6]],
      [['notes', 12]],
    ],
    labels: { fullName: 'Full name', isKeyDecisionMaker: 'Key decision maker' },
  },
  'api::interaction.interaction': {
    version: 1,
    mainField: 'summary',
    list: ['occurredAt', 'customer', 'type', 'summary', 'owner'],
    sort: ['occurredAt', 'DESC'],
    edit: [
      [['customer', 6], ['type', 6]],
      [['occurredAt', 6], ['followUpAt', 6]],
      [['contacts', 6], ['owner', 6]],
      [['summary', 12]],
      [['outcome', 12]],
      [['classification', 6]],
    ],
    labels: { occurredAt: 'Occurred at', followUpAt: 'Follow up at' },
  },
  'api::feedback.feedback': {
    version: 1,
    mainField: 'content',
    list: ['receivedAt', 'customer', 'category', 'severity', 'status', 'satisfaction'],
    sort: ['receivedAt', 'DESC'],
    edit: [
      [['customer', 6], ['contact', 6]],
      [['product', 6], ['channel', 6]],
      [['category', 4], ['severity', 4], ['satisfaction', 4]],
      [['receivedAt', 6], ['status', 6]],
      [['content', 12]],
      [['respondedAt', 6], ['resolvedAt', 6]],
      [['resolution', 12]],
      [['strategies', 6], ['classification', 6]],
    ],
  },
  'api::service-ticket.service-ticket': {
    version: 1,
    mainField: 'title',
    list: ['title', 'customer', 'priority', 'status', 'openedAt', 'resolvedAt'],
    sort: ['openedAt', 'DESC'],
    edit: [
      [['title', 8], ['priority', 4]],
      [['customer', 6], ['product', 6]],
      [['type', 6], ['status', 6]],
      [['openedAt', 4], ['acknowledgedAt', 4], ['resolvedAt', 4]],
      [['description', 12]],
      [['site', 6], ['team', 6]],
      [['rootCause', 12]],
      [['customerRating', 4], ['classification', 4]],
    ],
    labels: { rootCause: 'Root cause', customerRating: 'Customer rating' },
  },
  'api::survey-response.survey-response': {
    version: 1,
    mainField: 'id',
    list: ['respondedAt', 'customer', 'contact', 'overall', 'recommend'],
    sort: ['respondedAt', 'DESC'],
    edit: [
      [['customer', 6], ['contact', 6]],
      [['respondedAt', 6], ['classification', 6]],
      [['overall', 4], ['recommend', 4]],
      [['productQuality', 4], ['serviceResponsiveness', 4], ['technicalSupport', 4]],
      [['delivery', 4], ['communication', 4]],
      [['comments', 12]],
    ],
    labels: {
      overall: 'Overall satisfaction',
      recommend: 'Likelihood to recommend (0–10)',
      serviceResponsiveness: 'Service responsiveness',
    },
  },
  'api::product.product': {
    version: 1,
    mainField: 'name',
    list: ['name', 'code', 'domain', 'lifecycle'],
    sort: ['name', 'ASC'],
    edit: [
      [['name', 8], ['code', 4]],
      [['domain', 4], ['lifecycle', 4], ['classification', 4]],
      [['description', 12]],
      [['attributes', 12]],
    ],
  },
  'api::competitor.competitor': {
    version: 1,
    mainField: 'name',
    list: ['name', 'country', 'ownership', 'threatLevel', 'marketShare', 'lastReviewedAt'],
    sort: ['name', 'ASC'],
    edit: [
      [['name', 6], ['country', 6]],
      [['ownership', 4], ['threatLevel', 4], ['marketShare', 4]],
      [['lastReviewedAt', 4], ['classification', 4]],
      [['domains', 12]],
      [['strengths', 6], ['weaknesses', 6]],
      [['offerings', 12]],
      [['sources', 12]],
    ],
    labels: {
      threatLevel: 'Threat level',
      marketShare: 'Market share (%)',
      lastReviewedAt: 'Last reviewed on',
      domains: 'Product domains',
    },
  },
  'api::competitor-offering.competitor-offering': {
    version: 1,
    mainField: 'name',
    list: ['name', 'competitor', 'domain', 'comparableProduct', 'priceEstimate'],
    sort: ['name', 'ASC'],
    edit: [
      [['name', 6], ['competitor', 6]],
      [['domain', 4], ['priceEstimate', 4], ['classification', 4]],
      [['comparableProduct', 6]],
      [['attributes', 12]],
      [['notes', 12]],
    ],
    labels: { comparableProduct: 'Comparable product (ours)', priceEstimate: 'Price estimate (10k CNY)' },
  },
  'api::opportunity.opportunity': {
    version: 1,
    mainField: 'title',
    list: ['title', 'customer', 'stage', 'value', 'probability', 'expectedDecisionAt'],
    sort: ['expectedDecisionAt', 'ASC'],
    edit: [
      [['title', 8], ['stage', 4]],
      [['customer', 6], ['owner', 6]],
      [['value', 4], ['probability', 4], ['expectedDecisionAt', 4]],
      [['closedAt', 4], ['winner', 6]],
      [['products', 6], ['competitors', 6]],
      [['reasons', 12]],
      [['classification', 6]],
    ],
    labels: {
      value: 'Value (10k CNY)',
      probability: 'Probability (%)',
      expectedDecisionAt: 'Expected decision on',
      closedAt: 'Closed on',
      competitors: 'Competing bidders',
      reasons: 'Win/loss reasons',
    },
  },
  'api::strategy.strategy': {
    version: 1,
    mainField: 'title',
    list: ['title', 'dimension', 'status', 'startDate', 'endDate', 'owner'],
    sort: ['startDate', 'DESC'],
    edit: [
      [['title', 8], ['dimension', 4]],
      [['status', 4], ['imitability', 4], ['classification', 4]],
      [['summary', 12]],
      [['description', 12]],
      [['startDate', 4], ['endDate', 4], ['owner', 4]],
      [['investment', 4], ['realizedBenefit', 4]],
      [['targetCustomers', 6], ['targetCompetitors', 6]],
      [['products', 6], ['feedbacks', 6]],
      [['relatedStrategies', 6]],
      [['kpis', 12]],
    ],
    labels: {
      imitability: 'Imitability (1–5, 5 = easily copied)',
      investment: 'Investment (10k CNY)',
      realizedBenefit: 'Realized benefit (10k CNY)',
      kpis: 'KPIs',
      feedbacks: 'Feedback informing it',
    },
  },
  'api::brand-material.brand-material': {
    version: 1,
    mainField: 'title',
    list: ['title', 'kind', 'audience', 'channel', 'strategy'],
    sort: ['title', 'ASC'],
    edit: [
      [['title', 6], ['slug', 6]],
      [['kind', 4], ['audience', 4], ['classification', 4]],
      [['channel', 6], ['strategy', 6]],
      [['media', 6]],
      [['body', 12]],
    ],
  },
  'api::campaign.campaign': {
    version: 1,
    mainField: 'name',
    list: ['name', 'status', 'startDate', 'endDate', 'budget'],
    sort: ['startDate', 'DESC'],
    edit: [
      [['name', 8], ['status', 4]],
      [['startDate', 4], ['endDate', 4], ['budget', 4]],
      [['objective', 12]],
      [['strategies', 6], ['targetCustomers', 6]],
      [['materials', 6], ['classification', 6]],
      [['results', 12]],
    ],
    labels: { budget: 'Budget (10k CNY)', materials: 'Brand materials' },
  },
};

const COMPONENT_VIEWS: Record<string, ViewDefinition> = {
  'crm.need': {
    version: 1,
    mainField: 'title',
    list: ['title', 'category', 'priority'],
    edit: [[['title', 6], ['category', 3], ['priority', 3]], [['description', 12]]],
  },
  'crm.attribute': {
    version: 1,
    mainField: 'name',
    list: ['name', 'value', 'unit', 'higherIsBetter'],
    edit: [[['name', 4], ['value', 3], ['unit', 2], ['higherIsBetter', 3]]],
    labels: { higherIsBetter: 'Higher is better' },
  },
  'crm.kpi': {
    version: 1,
    mainField: 'name',
    list: ['name', 'unit', 'baseline', 'target', 'actual'],
    edit: [[['name', 4], ['unit', 2], ['baseline', 2], ['target', 2], ['actual', 2]]],
  },
  'crm.reason': {
    version: 1,
    mainField: 'category',
    list: ['category', 'note'],
    edit: [[['category', 4], ['note', 8]]],
  },
  'crm.source': {
    version: 1,
    mainField: 'title',
    list: ['title', 'url', 'date', 'reliability'],
    edit: [[['title', 6], ['url', 6]], [['date', 4], ['reliability', 4]]],
    labels: { url: 'URL', reliability: 'Reliability (A–F)' },
  },
};

const NON_LISTABLE_TYPES = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);
/** Keep Strapi's own labels of the technical identifiers. */
const IDENTIFIERS = new Set(['id', 'documentId']);

/** `receivedAt` → "Received at". */
const humanize = (field: string) => {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The definition merged into the configuration the content manager synced at its bootstrap:
 * labels and relation main fields are set, and any editable field the definition does not
 * place (a field added later) is kept at the end of the edit view.
 */
const buildConfiguration = (
  model: ConfigurableModel,
  current: Partial<ViewConfiguration>,
  view: ViewDefinition
): ViewConfiguration => {
  const currentEdit = current.layouts?.edit ?? [];
  const editable = new Map(currentEdit.flat().map((field) => [field.name, field.size] as const));

  const edit = view.edit
    .map((row) => row.filter(([name]) => editable.has(name)).map(([name, size]) => ({ name, size })))
    .filter((row) => row.length > 0);
  const placed = new Set(edit.flat().map((field) => field.name));
  const leftovers = [...editable].filter(([name]) => !placed.has(name));
  for (const [name, size] of leftovers) {
    const last = edit[edit.length - 1];
    if (last && last.reduce((sum, field) => sum + field.size, 0) + size <= 12) last.push({ name, size });
    else edit.push([{ name, size }]);
  }

  const list = view.list.filter((name) => {
    const attribute = model.attributes[name];
    return attribute !== undefined && !NON_LISTABLE_TYPES.has(attribute.type);
  });

  const metadatas: Record<string, FieldMetadata> = { ...(current.metadatas ?? {}) };
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const metadata = metadatas[name];
    if (!metadata || IDENTIFIERS.has(name)) continue;
    const label = view.labels?.[name] ?? humanize(name);
    const edited: FieldMetadata['edit'] = { ...metadata.edit, label };
    const target = attribute.targetModel ?? attribute.target;
    if (attribute.type === 'relation' && target && MAIN_FIELD_BY_TARGET[target]) {
      edited.mainField = MAIN_FIELD_BY_TARGET[target];
    }
    metadatas[name] = { edit: edited, list: { ...metadata.list, label } };
  }

  const settings: Record<string, unknown> = { ...(current.settings ?? {}), mainField: view.mainField };
  if (view.sort) {
    settings.defaultSortBy = view.sort[0];
    settings.defaultSortOrder = view.sort[1];
  }

  return { settings, metadatas, layouts: { list, edit } };
};

const applyViews = async (
  service: ConfigurationService,
  findModel: (uid: string) => ConfigurableModel | undefined,
  views: Record<string, ViewDefinition>,
  applied: Record<string, number>,
  strapi: Core.Strapi
) => {
  for (const [uid, view] of Object.entries(views)) {
    if ((applied[uid] ?? 0) >= view.version) continue;
    const model = findModel(uid);
    if (!model) continue;
    try {
      const current = await service.findConfiguration(model);
      await service.updateConfiguration(model, buildConfiguration(model, current, view));
      applied[uid] = view.version;
    } catch (error) {
      // A view that cannot be applied leaves the content manager's default: never block startup.
      strapi.log.warn(`[synergy] content-manager view of ${uid} not applied: ${(error as Error).message}`);
    }
  }
};

/**
 * Lays out the content manager's list and edit views of every CRM content type and component,
 * once per view version. Call it in the app's `bootstrap`, after the content manager's own
 * bootstrap has synced the configurations (the app's bootstrap always runs after the plugins').
 */
export async function configureContentManagerViews(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service<ConfigurationService & {
    findContentType(uid: string): ConfigurableModel | undefined;
  }>('content-types');
  const components = contentManager.service<ConfigurationService & {
    findComponent(uid: string): ConfigurableModel | undefined;
  }>('components');

  const marker = strapi.store(MARKER);
  const stored = (await marker.get({})) as Record<string, number> | null;
  const applied: Record<string, number> = { ...(stored ?? {}) };
  const before = JSON.stringify(applied);

  await applyViews(components, (uid) => components.findComponent(uid), COMPONENT_VIEWS, applied, strapi);
  await applyViews(contentTypes, (uid) => contentTypes.findContentType(uid), CONTENT_TYPE_VIEWS, applied, strapi);

  if (JSON.stringify(applied) !== before) await marker.set({ value: applied });
}
