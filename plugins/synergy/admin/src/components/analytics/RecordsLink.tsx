import * as React from 'react';
import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { Column } from './DataTable';
import { editViewUrl } from './links';

interface RecordsLinkProps {
  /** Where the records behind the figure are listed; no link when absent. */
  to?: string;
  /** Says what the link opens, for screen readers and the tooltip. */
  label?: string;
  children: React.ReactNode;
}

/** A figure that opens the records behind it in the content manager. */
export const RecordsLink = ({ to, label, children }: RecordsLinkProps) =>
  to ? (
    <Link tag={NavLink} to={to} aria-label={label} title={label}>
      {children}
    </Link>
  ) : (
    <>{children}</>
  );

/** A table column naming a record, linked to its edit view in the content manager. */
export const recordColumn = <R,>(
  key: string,
  header: string,
  uid: string,
  recordOf: (row: R) => { documentId: string; name: string },
): Column<R> => ({
  key,
  header,
  render: (row) => {
    const { documentId, name } = recordOf(row);
    return <RecordsLink to={editViewUrl(uid, documentId)}>{name}</RecordsLink>;
  },
});
