import type { Core, UID } from '@strapi/strapi';

/**
 * The parts of a Strapi model (content type or component) the plugin reads. Strapi's own
 * `Schema.ContentType` types attributes per generated uid; the plugin works on any uid it is
 * handed at run time, so it reads them through this one structural view instead.
 */
export interface ModelAttribute {
  type: string;
  enum?: string[];
  default?: unknown;
  required?: boolean;
  unique?: boolean;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  private?: boolean;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  [option: string]: unknown;
}

export interface Model {
  uid: string;
  modelType?: 'contentType' | 'component';
  kind?: 'collectionType' | 'singleType';
  collectionName?: string;
  info: { singularName?: string; pluralName?: string; displayName?: string };
  options?: { draftAndPublish?: boolean; [option: string]: unknown };
  pluginOptions?: Record<string, unknown>;
  attributes: Record<string, ModelAttribute>;
}

/** A content type's or component's model, or undefined for an unknown uid. */
export const getModel = (strapi: Core.Strapi, uid: string): Model | undefined =>
  strapi.getModel(uid as UID.Schema) as Model | undefined;

/** Every content type's model, by uid. */
export const contentTypeModels = (strapi: Core.Strapi): Array<[string, Model]> =>
  Object.keys(strapi.contentTypes).flatMap((uid): Array<[string, Model]> => {
    const model = getModel(strapi, uid);
    return model ? [[uid, model]] : [];
  });
