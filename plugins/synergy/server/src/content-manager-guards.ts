import type { Core } from '@strapi/strapi';
import { visibleLevels } from './domain/classification';
import { schemaLookup } from './middlewares';
import { getService } from './utils/get-service';

interface DocumentManager {
  exists: (uid: string, documentId?: string) => Promise<boolean>;
}

/**
 * The content manager checks whether a document exists with a raw query, past the document
 * service: its edit view would answer an empty 200 (not 404) for a record the caller may not see,
 * revealing that it exists. Count only what the caller's clearance allows.
 */
const guardDocumentExists = (strapi: Core.Strapi) => {
  const documentManager = strapi.plugin('content-manager').service('document-manager') as DocumentManager;
  const exists = documentManager.exists.bind(documentManager);
  const schema = schemaLookup(strapi);
  documentManager.exists = async (uid, documentId) => {
    const clearance = await getService(strapi, 'clearance').currentClearance();
    if (clearance === null || !documentId || !schema.isClassified(uid)) return exists(uid, documentId);
    const visible = await strapi.db
      .query(uid as never)
      .count({ where: { documentId, classification: { $in: visibleLevels(clearance) } } });
    return visible > 0;
  };
};

export const guardContentManager = (strapi: Core.Strapi) => {
  guardDocumentExists(strapi);
};
