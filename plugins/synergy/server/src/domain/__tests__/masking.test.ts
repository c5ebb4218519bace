import {
  maskEmail,
  maskedQueryProblem,
  maskedWrite,
  maskPhone,
  maskResult,
  maskText,
  searchWithoutMasked,
  type MaskingSchema,
} from '../masking';

const ATTRIBUTES: Record<string, Record<string, { type: string; target?: string }>> = {
  'api::contact.contact': {
    fullName: { type: 'string' },
    phone: { type: 'string' },
    email: { type: 'email' },
    notes: { type: 'text' },
    customer: { type: 'relation', target: 'api::customer.customer' },
  },
  'api::customer.customer': {
    name: { type: 'string' },
    contacts: { type: 'relation', target: 'api::contact.contact' },
  },
};

const schema: MaskingSchema = {
  attributes: (uid) => ATTRIBUTES[uid],
  masked: (uid) => new Set(uid === 'api::contact.contact' ? ['phone', 'email'] : []),
};

describe('mask functions', () => {
  it('a phone keeps its first 3 and last 4 digits, and its formatting', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('+86 1**-****-5678');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('n/a')).toBe('n***a');
  });

  it('an e-mail keeps the first character of its local part and its domain', () => {
    expect(maskEmail('zhang.wei@example.com')).toBe('z***@example.com');
    expect(maskEmail('z@example.com')).toBe('z***@example.com');
    expect(maskEmail('not-an-email')).toBe('n***l');
  });

  it('a text keeps its first and last characters', () => {
    expect(maskText('Beijing office')).toBe('B***e');
    expect(maskText('北京市')).toBe('北***市');
    expect(maskText('ab')).toBe('***');
  });
});

describe('queries on masked fields', () => {
  const contact = 'api::contact.contact';
  it('finds a masked field in filters, through relations and logical groups', () => {
    expect(maskedQueryProblem(contact, { filters: { phone: { $eq: '1' } } }, schema)).toEqual({
      parameter: 'filters[phone]',
      field: 'phone',
    });
    expect(
      maskedQueryProblem(
        contact,
        { filters: { $or: [{ fullName: 'a' }, { email: 'b' }] } },
        schema,
      ),
    ).toEqual({ parameter: 'filters[$or][1][email]', field: 'email' });
    expect(
      maskedQueryProblem(
        'api::customer.customer',
        { filters: { contacts: { phone: { $eq: '1' } } } },
        schema,
      ),
    ).toEqual({ parameter: 'filters[contacts][phone]', field: 'contacts.phone' });
    expect(maskedQueryProblem(contact, { filters: { fullName: { $eq: 'a' } } }, schema)).toBeNull();
  });

  it('finds a masked field in every sort shape and in populate filters and sorts', () => {
    for (const sort of ['phone:asc', 'fullName,email', ['email:desc'], { phone: 'asc' }])
      expect(maskedQueryProblem(contact, { sort }, schema)?.parameter).toBe('sort');
    expect(
      maskedQueryProblem('api::customer.customer', { sort: 'contacts.phone' }, schema)?.field,
    ).toBe('contacts.phone');
    expect(
      maskedQueryProblem(
        'api::customer.customer',
        { populate: { contacts: { sort: 'phone' } } },
        schema,
      ),
    ).toEqual({ parameter: 'populate[contacts][sort]', field: 'phone' });
    expect(
      maskedQueryProblem(
        'api::customer.customer',
        { populate: { contacts: { filters: { email: { $eq: 'x' } } } } },
        schema,
      )?.parameter,
    ).toBe('populate[contacts][filters][email]');
  });

  it('a search leaves the masked fields out, and stays a search where nothing is masked', () => {
    expect(searchWithoutMasked(contact, '5678', schema)).toEqual({
      $or: [{ fullName: { $containsi: '5678' } }, { notes: { $containsi: '5678' } }],
    });
    expect(searchWithoutMasked('api::customer.customer', '5678', schema)).toBeNull();
  });
});

describe('answers and writes', () => {
  it('masks a record and its populated relations', () => {
    const customer = {
      name: 'A',
      contacts: [{ fullName: 'Z', phone: '13812345678', email: null }],
    };
    expect(maskResult('api::customer.customer', customer, schema)).toEqual({
      name: 'A',
      contacts: [{ fullName: 'Z', phone: '138****5678', email: null }],
    });
  });

  it('drops an echo of the masked value, refuses a change, and lets a create choose', () => {
    const stored = { phone: '13812345678', email: null };
    expect(
      maskedWrite(
        'api::contact.contact',
        { phone: '138****5678', email: '', fullName: 'Z' },
        stored,
        schema,
      ),
    ).toEqual({ kind: 'allowed', data: { fullName: 'Z' } });
    expect(maskedWrite('api::contact.contact', { phone: '139' }, stored, schema)).toEqual({
      kind: 'refused',
      field: 'phone',
    });
    expect(maskedWrite('api::contact.contact', { phone: '139' }, null, schema)).toEqual({
      kind: 'allowed',
      data: { phone: '139' },
    });
  });
});
