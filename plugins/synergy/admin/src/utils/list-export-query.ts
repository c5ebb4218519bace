import type { ExportFormat } from '../../../shared/contracts/export';

const LOCALE_PARAM = 'plugins[i18n][locale]';

/**
 * The export's query string for what a content-manager list shows: the list's own `filters[…]`,
 * `sort` and search text `_q` as its URL writes them, and its i18n locale as `locale`. Paging is left out (the
 * export holds every matching record).
 */
export const listExportQuery = (listSearch: string, format: ExportFormat): string => {
  const list = new URLSearchParams(listSearch);
  const query = new URLSearchParams({ format });
  for (const [key, value] of list) {
    if (key.startsWith('filters[') || key === 'sort' || key === '_q') query.append(key, value);
    else if (key === LOCALE_PARAM) query.append('locale', value);
  }
  return query.toString();
};
