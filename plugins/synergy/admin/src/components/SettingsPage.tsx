import * as React from 'react';
import { EmptyStateLayout } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useErrorMessage } from '../hooks/useErrorMessage';
import type { QueryState } from '../services/api';
import { LoadError, LoadingState } from './LoadStates';
import { PageFrame } from './PageFrame';

interface SettingsPageProps<T> {
  title: string;
  subtitle: string;
  /** What the settings do, above the list. */
  intro: React.ReactNode;
  /** The list being edited, as the service's query hook answers it. */
  query: QueryState<T>;
  messages: { loading: string; error: string; empty: string };
  isEmpty: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}

/**
 * The frame of the plugin's settings pages (Clearances, Approval workflows): header, intro, and the
 * loading, error (notified, with a retry) and empty states around the list.
 */
export const SettingsPage = <T,>({
  title,
  subtitle,
  intro,
  query,
  messages,
  isEmpty,
  children,
}: SettingsPageProps<T>) => {
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { data, error, isLoading, reload } = query;

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  const content = (() => {
    if (isLoading && !data) return <LoadingState message={messages.loading} />;
    if (error || !data) return <LoadError message={messages.error} onRetry={reload} />;
    if (isEmpty(data)) return <EmptyStateLayout content={messages.empty} />;
    return children(data);
  })();

  return (
    <PageFrame title={title} subtitle={subtitle} isBusy={isLoading}>
      {intro}
      {content}
    </PageFrame>
  );
};

/**
 * Saves one row at a time: which row is saving, the success notification, and the server's message
 * when it refuses (`onFailure` may keep more of the error, such as field errors).
 */
export const useRowSave = () => {
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [savingId, setSavingId] = React.useState<number | null>(null);

  const saveRow = async <R,>(
    id: number,
    save: () => Promise<R>,
    {
      successMessage,
      onFailure,
    }: { successMessage: (result: R) => string; onFailure?: (error: unknown) => void },
  ) => {
    setSavingId(id);
    try {
      const result = await save();
      toggleNotification({ type: 'success', message: successMessage(result) });
      return result;
    } catch (saveError) {
      onFailure?.(saveError);
      toggleNotification({ type: 'danger', message: errorMessage(saveError) });
      return undefined;
    } finally {
      setSavingId(null);
    }
  };

  return { savingId, saveRow };
};
