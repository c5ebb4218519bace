import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requiredRelationsOf } from '../domain/business-rules';
import { CRM_CONTENT_TYPES } from '../domain/crm-content-types';
import { getModel } from '../utils/get-model';
import { correctDocument, type DocumentedType, type OpenApiDocument } from './correct-document';
import { synergyOpenApi } from './openapi';
import { readServedDocument } from './served-document';

export { readServedDocument } from './served-document';

type Mutate = (draft: OpenApiDocument) => void;

interface DocumentationConfig {
  'x-strapi-config'?: { mutateDocumentation?: Mutate };
}

interface PluginRoute {
  method: string;
  path: string;
  handler: unknown;
  config?: { auth?: boolean; middlewares?: unknown[] };
}

const words = (kebab: string) => kebab.replace(/-/g, ' ');
const pascal = (kebab: string) =>
  kebab.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

const documentedTypes = (strapi: Core.Strapi): DocumentedType[] =>
  CRM_CONTENT_TYPES.flatMap((uid) => {
    const info = getModel(strapi, uid)?.info;
    if (!info?.singularName || !info.pluralName) return [];
    return [
      {
        schemaName: pascal(info.singularName),
        singular: words(info.singularName),
        plural: words(info.pluralName),
        pluralName: info.pluralName,
        requiredRelations: requiredRelationsOf(uid),
      },
    ];
  });

/**
 * The plugin's part of `/documentation`: its routes (an override, as the documentation plugin
 * does not describe a plugin's own routes), corrections to what the plugin generates for the rest
 * (run last, through `mutateDocumentation`, after any the application configures), and the
 * document at a URL of its own, `/documentation/openapi.json`, behind the same access setting as
 * the Swagger page.
 */
export const registerDocumentation = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;

  documentation.service('override').registerOverride(synergyOpenApi, {
    pluginOrigin: 'synergy',
    excludeFromGeneration: ['synergy'],
  });

  const config = strapi.config.get('plugin::documentation') as DocumentationConfig;
  const strapiConfig = (config['x-strapi-config'] = config['x-strapi-config'] ?? {});
  const configured = strapiConfig.mutateDocumentation;
  strapiConfig.mutateDocumentation = (draft) => {
    configured?.(draft);
    correctDocument(draft, {
      types: documentedTypes(strapi),
      maxPageSize: strapi.config.get('api.rest.maxLimit', 100),
    });
  };

  const routes = documentation.routes as unknown as PluginRoute[];
  const swaggerPage = routes.find((route) => route.method === 'GET' && route.path === '/');
  routes.push({
    method: 'GET',
    path: '/openapi.json',
    handler: (ctx: { body: unknown }) => {
      const document = readServedDocument(strapi);
      if (!document) throw new errors.NotFoundError('The OpenAPI document has not been generated');
      ctx.body = document;
    },
    config: { auth: false, middlewares: swaggerPage?.config?.middlewares ?? [] },
  });
};
