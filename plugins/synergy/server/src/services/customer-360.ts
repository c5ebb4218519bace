import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GetCustomer360, SearchCustomers } from '../../../shared/contracts/customer-360';

/** Whether the caller may read a content type; sections it may not read come back null. */
export type CanRead = (uid: UID.ContentType) => boolean;

interface SectionSpec {
  key: Exclude<keyof GetCustomer360.Customer360, 'customer'>;
  uid: UID.ContentType;
  /** The relation through which the record belongs to the customer. */
  customerFilter: (documentId: string) => Record<string, unknown>;
  sort: string;
  populate?: Record<string, unknown>;
}

const byCustomer = (documentId: string) => ({ customer: { documentId: { $eq: documentId } } });

const SECTIONS: SectionSpec[] = [
  {
    key: 'contacts',
    uid: 'api::contact.contact',
    customerFilter: byCustomer,
    sort: 'fullName:asc',
  },
  {
    key: 'interactions',
    uid: 'api::interaction.interaction',
    customerFilter: byCustomer,
    sort: 'occurredAt:desc',
    populate: { contacts: { fields: ['fullName', 'position'] } },
  },
  {
    key: 'feedbacks',
    uid: 'api::feedback.feedback',
    customerFilter: byCustomer,
    sort: 'receivedAt:desc',
    populate: { product: { fields: ['name', 'code'] } },
  },
  {
    key: 'serviceTickets',
    uid: 'api::service-ticket.service-ticket',
    customerFilter: byCustomer,
    sort: 'openedAt:desc',
    populate: { product: { fields: ['name', 'code'] } },
  },
  {
    key: 'surveyResponses',
    uid: 'api::survey-response.survey-response',
    customerFilter: byCustomer,
    sort: 'respondedAt:desc',
  },
  {
    key: 'strategies',
    uid: 'api::strategy.strategy',
    customerFilter: (documentId) => ({ targetCustomers: { documentId: { $eq: documentId } } }),
    sort: 'startDate:desc',
    populate: { kpis: true },
  },
];

const createCustomer360Service = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The customer and its related records in one answer. Each section costs a fixed number of
   * queries (the list, its count, one per populated relation), whatever the number of records.
   * @throws NotFoundError when the customer does not exist or the caller may not see it.
   */
  async getCustomer360(
    documentId: string,
    { limit, canRead }: { limit: number; canRead: CanRead },
  ) {
    const customer = await strapi.documents('api::customer.customer').findOne({
      documentId,
      populate: { needs: true, owner: { fields: ['firstname', 'lastname'] } },
    });
    if (!customer) throw new errors.NotFoundError('Customer not found');

    const sections = await Promise.all(
      SECTIONS.map(async (section) => {
        if (!canRead(section.uid)) return [section.key, null] as const;
        const filters = section.customerFilter(documentId);
        const [items, total] = await Promise.all([
          strapi.documents(section.uid).findMany({
            filters,
            sort: section.sort,
            limit,
            ...(section.populate ? { populate: section.populate } : {}),
          } as never),
          strapi.documents(section.uid).count({ filters } as never),
        ]);
        return [section.key, { items, total }] as const;
      }),
    );

    return { customer, ...Object.fromEntries(sections) } as unknown as GetCustomer360.Customer360;
  },

  /** Customers whose name, short name or code contains `query`, for the 360 page's search box. */
  async searchCustomers(query: string): Promise<SearchCustomers.CustomerHit[]> {
    const term = query.trim();
    const filters = term
      ? { $or: ['name', 'shortName', 'code'].map((field) => ({ [field]: { $containsi: term } })) }
      : {};
    const customers = await strapi.documents('api::customer.customer').findMany({
      filters,
      fields: ['name', 'shortName', 'code', 'tier'],
      sort: 'name:asc',
      limit: 20,
    });
    return customers.map(({ documentId, name, shortName, code, tier }) => ({
      documentId,
      name: name as string,
      shortName: (shortName as string | null) ?? null,
      code: code as string,
      tier: (tier as string | null) ?? null,
    }));
  },
});

export type Customer360Service = ReturnType<typeof createCustomer360Service>;

export default createCustomer360Service;
