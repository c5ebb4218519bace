import { PLUGIN_ID } from '../pluginId';

/** The content manager's edit view of a record. */
export const editViewPath = (uid: string, documentId: string) =>
  `/content-manager/collection-types/${uid}/${documentId}`;

/** The content manager's list view of a type, filtered on a relation to one customer. */
export const listViewPath = (uid: string, relation: string, customerId: number) =>
  `/content-manager/collection-types/${uid}?page=1&filters[$and][0][${relation}][id][$eq]=${customerId}`;

/** A competitor's battlecard page; `print` opens its printable layout. */
export const battlecardPath = (documentId: string, { print = false } = {}) =>
  `/plugins/${PLUGIN_ID}/battlecards/${encodeURIComponent(documentId)}${print ? '?print=1' : ''}`;

/** The Customer 360 page, opened on one customer. */
export const customer360Path = (documentId: string) =>
  `/plugins/${PLUGIN_ID}?customer=${encodeURIComponent(documentId)}`;
