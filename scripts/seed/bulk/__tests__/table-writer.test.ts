import { createDocumentIdFactory, DOCUMENT_ID_LENGTH } from '../document-ids';
import { insertStatement } from '../table-writer';

describe('insertStatement', () => {
  it('writes one multi-row VALUES statement with every value bound, quoted for the dialect', () => {
    const rows = [
      { id: 1, name: 'a' },
      { id: 2, name: "b'; drop table x; --" },
    ];
    expect(insertStatement('postgres', 'customers', rows)).toEqual({
      sql: 'INSERT INTO "customers" ("id", "name") VALUES (?, ?), (?, ?)',
      bindings: [1, 'a', 2, "b'; drop table x; --"],
    });
    expect(insertStatement('mysql', 'customers', rows).sql).toBe(
      'INSERT INTO `customers` (`id`, `name`) VALUES (?, ?), (?, ?)',
    );
  });
});

describe('document ids', () => {
  it('have the shape of the Document Service ids (24 lowercase letters and digits, a letter first) and do not repeat', () => {
    const next = createDocumentIdFactory();
    const ids = Array.from({ length: 20_000 }, next);
    for (const id of ids.slice(0, 500))
      expect(id).toMatch(new RegExp(`^[a-z][a-z0-9]{${DOCUMENT_ID_LENGTH - 1}}$`));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
