import * as React from 'react';
import { Button, EmptyStateLayout, Flex, LinkButton } from '@strapi/design-system';
import { ArrowClockwise, Pencil } from '@strapi/icons';
import { Page, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { CustomerHeader } from '../components/CustomerHeader';
import { CustomerSearch } from '../components/CustomerSearch';
import { CustomerSuggestions } from '../components/CustomerSuggestions';
import { RecordSection, type SectionDefinition } from '../components/RecordSection';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { statusOf } from '../services/api';
import { useCustomer360 } from '../services/customer-360';
import { editViewPath } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';
import { LoadingState } from '../components/LoadStates';
import { PageFrame } from '../components/PageFrame';

const SECTIONS: SectionDefinition[] = [
  {
    key: 'contacts',
    uid: 'api::contact.contact',
    title: { id: getTranslation('section.contacts'), defaultMessage: 'Contacts' },
    customerRelation: 'customer',
    columns: [
      { field: 'fullName', label: 'Full name', kind: 'text' },
      { field: 'position', label: 'Position', kind: 'text' },
      { field: 'department', label: 'Department', kind: 'text' },
      { field: 'phone', label: 'Phone', kind: 'text' },
      { field: 'email', label: 'Email', kind: 'text' },
      { field: 'isKeyDecisionMaker', label: 'Key decision maker', kind: 'boolean' },
      { field: 'influence', label: 'Influence', kind: 'enum' },
    ],
  },
  {
    key: 'interactions',
    uid: 'api::interaction.interaction',
    title: { id: getTranslation('section.interactions'), defaultMessage: 'Interactions' },
    customerRelation: 'customer',
    columns: [
      { field: 'occurredAt', label: 'Occurred at', kind: 'datetime' },
      { field: 'type', label: 'Type', kind: 'enum' },
      { field: 'summary', label: 'Summary', kind: 'text', maxLength: 80 },
      { field: 'contacts', label: 'Contacts', kind: 'relations', mainField: 'fullName' },
      { field: 'followUpAt', label: 'Follow-up at', kind: 'datetime' },
    ],
  },
  {
    key: 'feedbacks',
    uid: 'api::feedback.feedback',
    title: { id: getTranslation('section.feedbacks'), defaultMessage: 'Feedback' },
    customerRelation: 'customer',
    columns: [
      { field: 'receivedAt', label: 'Received at', kind: 'datetime' },
      { field: 'category', label: 'Category', kind: 'enum' },
      { field: 'severity', label: 'Severity', kind: 'enum' },
      { field: 'status', label: 'Status', kind: 'enum' },
      { field: 'satisfaction', label: 'Satisfaction (1–5)', kind: 'number' },
      { field: 'product', label: 'Product', kind: 'relation', mainField: 'name' },
      { field: 'content', label: 'Content', kind: 'text', maxLength: 60 },
    ],
  },
  {
    key: 'serviceTickets',
    uid: 'api::service-ticket.service-ticket',
    title: { id: getTranslation('section.serviceTickets'), defaultMessage: 'Service tickets' },
    customerRelation: 'customer',
    columns: [
      { field: 'openedAt', label: 'Opened at', kind: 'datetime' },
      { field: 'title', label: 'Title', kind: 'text', maxLength: 60 },
      { field: 'priority', label: 'Priority', kind: 'enum' },
      { field: 'status', label: 'Status', kind: 'enum' },
      { field: 'product', label: 'Product', kind: 'relation', mainField: 'name' },
      { field: 'resolvedAt', label: 'Resolved at', kind: 'datetime' },
    ],
  },
  {
    key: 'surveyResponses',
    uid: 'api::survey-response.survey-response',
    title: { id: getTranslation('section.surveyResponses'), defaultMessage: 'Survey responses' },
    customerRelation: 'customer',
    columns: [
      { field: 'respondedAt', label: 'Responded at', kind: 'datetime' },
      { field: 'overall', label: 'Overall satisfaction (1–5)', kind: 'number' },
      { field: 'recommend', label: 'Likelihood to recommend (0–10)', kind: 'number' },
      { field: 'comments', label: 'Comments', kind: 'text', maxLength: 80 },
    ],
  },
  {
    key: 'strategies',
    uid: 'api::strategy.strategy',
    title: {
      id: getTranslation('section.strategies'),
      defaultMessage: 'Strategies targeting this customer',
    },
    customerRelation: 'targetCustomers',
    columns: [
      { field: 'title', label: 'Title', kind: 'text', maxLength: 60 },
      { field: 'dimension', label: 'Dimension', kind: 'enum' },
      { field: 'status', label: 'Status', kind: 'enum' },
      { field: 'startDate', label: 'Start date', kind: 'date' },
      { field: 'endDate', label: 'End date', kind: 'date' },
    ],
  },
];

interface Customer360Query {
  customer?: string;
}

const Customer360Page = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [{ query }, setQuery] = useQueryParams<Customer360Query>();
  const documentId =
    typeof query.customer === 'string' && query.customer ? query.customer : undefined;
  const { customer360, marking, error, isLoading, reload } = useCustomer360(documentId);

  const isNotFound = statusOf(error) === 404;
  React.useEffect(() => {
    if (error && !isNotFound) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, isNotFound, errorMessage, toggleNotification]);

  const customer = customer360?.customer;
  const customerName = typeof customer?.name === 'string' ? customer.name : undefined;
  const customerId = typeof customer?.id === 'number' ? customer.id : undefined;

  const chooseCustomer = (next: string | undefined) => {
    if (next) setQuery({ customer: next });
    else setQuery({ customer: '' }, 'remove');
  };

  const title = formatMessage({
    id: getTranslation('customer360.title'),
    defaultMessage: 'Customer 360',
  });

  const content = (() => {
    // No customer chosen yet: offer the ones that need attention rather than an empty page.
    if (!documentId) return <CustomerSuggestions onChoose={chooseCustomer} />;
    if (isLoading && !customer360) {
      return (
        <LoadingState
          message={formatMessage({
            id: getTranslation('customer360.loading'),
            defaultMessage: 'Loading customer…',
          })}
        />
      );
    }
    if (error) {
      return (
        <EmptyStateLayout
          content={
            isNotFound
              ? formatMessage({
                  id: getTranslation('customer360.notFound'),
                  defaultMessage: 'This customer does not exist or you may not see it.',
                })
              : formatMessage({
                  id: getTranslation('customer360.error'),
                  defaultMessage: 'The customer could not be loaded.',
                })
          }
          action={
            isNotFound ? undefined : (
              <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload}>
                {formatMessage({
                  id: getTranslation('customer360.retry'),
                  defaultMessage: 'Retry',
                })}
              </Button>
            )
          }
        />
      );
    }
    if (!customer360 || !customer) return null;
    return (
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CustomerHeader customer={customer} />
        {SECTIONS.map((definition) => (
          <RecordSection
            key={definition.key}
            definition={definition}
            section={customer360[definition.key]}
            customerId={customerId}
          />
        ))}
      </Flex>
    );
  })();

  return (
    <PageFrame
      title={customerName ?? title}
      pageTitle={customerName ? `${customerName} · ${title}` : title}
      subtitle={
        customerName
          ? title
          : formatMessage({
              id: getTranslation('customer360.subtitle'),
              defaultMessage: 'Everything recorded about one customer, on one page.',
            })
      }
      primaryAction={
        documentId && customer ? (
          <LinkButton
            tag={NavLink}
            to={editViewPath('api::customer.customer', documentId)}
            startIcon={<Pencil />}
          >
            {formatMessage({
              id: getTranslation('customer360.edit'),
              defaultMessage: 'Edit customer',
            })}
          </LinkButton>
        ) : undefined
      }
      isBusy={isLoading}
      marking={documentId ? marking : undefined}
    >
      <CustomerSearch value={documentId} selectedLabel={customerName} onChange={chooseCustomer} />
      {content}
    </PageFrame>
  );
};

/** The page, shown only to holders of `plugin::synergy.customer-view.read`. */
export const ProtectedCustomer360Page = () => (
  <Page.Protect permissions={PERMISSIONS.customer360}>
    <Customer360Page />
  </Page.Protect>
);
