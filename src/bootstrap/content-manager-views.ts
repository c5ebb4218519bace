import type { Core } from '@strapi/strapi';
import { CRM_TYPES, type ViewLayout } from '../../plugins/synergy/shared/crm-types';

/**
 * Content-manager list and edit views of the CRM types and components, applied once per view
 * version so that what an administrator later changes in "Configure the view" is kept.
 * Bump a view's `version` to apply its new definition again (it then replaces that view).
 */

/** A view as the registry describes it, with the field an entry is known by. */
interface ViewDefinition extends ViewLayout {
  /** Field the entry is known by (edit-view title, relation pickers, repeatable component headers). */
  mainField: string;
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
  ...Object.fromEntries(
    CRM_TYPES.flatMap((type) => (type.titleField ? [[type.uid, type.titleField] as const] : [])),
  ),
  // Email identifies an admin user unambiguously and is always set; names may be missing.
  'admin::user': 'email',
};

/** The CRM types' views from the registry; one without a title field is known by its id. */
const CONTENT_TYPE_VIEWS: Record<string, ViewDefinition> = Object.fromEntries(
  CRM_TYPES.map((type) => [type.uid, { ...type.view, mainField: type.titleField ?? 'id' }]),
);

const COMPONENT_VIEWS: Record<string, ViewDefinition> = {
  'crm.need': {
    version: 1,
    mainField: 'title',
    list: ['title', 'category', 'priority'],
    edit: [
      [
        ['title', 6],
        ['category', 3],
        ['priority', 3],
      ],
      [['description', 12]],
    ],
  },
  'crm.attribute': {
    version: 2,
    mainField: 'name',
    list: ['name', 'value', 'unit', 'higherIsBetter'],
    edit: [
      [
        ['name', 4],
        ['value', 3],
        ['unit', 2],
        ['higherIsBetter', 3],
      ],
      // The source confidence of a competitor's figure; our products' own attributes leave it empty.
      [
        ['reliability', 4],
        ['credibility', 4],
        ['asOf', 4],
      ],
    ],
    labels: {
      higherIsBetter: 'Higher is better',
      reliability: 'Reliability (A–F)',
      credibility: 'Credibility (1–6)',
      asOf: 'As of',
    },
  },
  'crm.kpi': {
    version: 1,
    mainField: 'name',
    list: ['name', 'unit', 'baseline', 'target', 'actual'],
    edit: [
      [
        ['name', 4],
        ['unit', 2],
        ['baseline', 2],
        ['target', 2],
        ['actual', 2],
      ],
    ],
  },
  'crm.reason': {
    version: 1,
    mainField: 'category',
    list: ['category', 'note'],
    edit: [
      [
        ['category', 4],
        ['note', 8],
      ],
    ],
  },
  'crm.source': {
    version: 2,
    mainField: 'title',
    list: ['title', 'url', 'date', 'reliability', 'credibility'],
    edit: [
      [
        ['title', 6],
        ['url', 6],
      ],
      [
        ['date', 4],
        ['reliability', 4],
        ['credibility', 4],
      ],
    ],
    labels: {
      url: 'URL',
      date: 'As of',
      reliability: 'Reliability (A–F)',
      credibility: 'Credibility (1–6)',
    },
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
  view: ViewDefinition,
): ViewConfiguration => {
  const currentEdit = current.layouts?.edit ?? [];
  const editable = new Map(currentEdit.flat().map((field) => [field.name, field.size] as const));

  const edit = view.edit
    .map((row) =>
      row.filter(([name]) => editable.has(name)).map(([name, size]) => ({ name, size })),
    )
    .filter((row) => row.length > 0);
  const placed = new Set(edit.flat().map((field) => field.name));
  const leftovers = [...editable].filter(([name]) => !placed.has(name));
  for (const [name, size] of leftovers) {
    const last = edit[edit.length - 1];
    if (last && last.reduce((sum, field) => sum + field.size, 0) + size <= 12)
      last.push({ name, size });
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

  const settings: Record<string, unknown> = {
    ...(current.settings ?? {}),
    mainField: view.mainField,
  };
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
  strapi: Core.Strapi,
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
      strapi.log.warn(
        `[synergy] content-manager view of ${uid} not applied: ${(error as Error).message}`,
      );
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
  const contentTypes = contentManager.service<
    ConfigurationService & {
      findContentType(uid: string): ConfigurableModel | undefined;
    }
  >('content-types');
  const components = contentManager.service<
    ConfigurationService & {
      findComponent(uid: string): ConfigurableModel | undefined;
    }
  >('components');

  const marker = strapi.store(MARKER);
  const stored = (await marker.get({})) as Record<string, number> | null;
  const applied: Record<string, number> = { ...(stored ?? {}) };
  const before = JSON.stringify(applied);

  await applyViews(
    components,
    (uid) => components.findComponent(uid),
    COMPONENT_VIEWS,
    applied,
    strapi,
  );
  await applyViews(
    contentTypes,
    (uid) => contentTypes.findContentType(uid),
    CONTENT_TYPE_VIEWS,
    applied,
    strapi,
  );

  if (JSON.stringify(applied) !== before) await marker.set({ value: applied });
}
