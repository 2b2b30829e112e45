import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty page or result, with a real heading so it is announced and findable. */
export function EmptyPanel({
  icon,
  title,
  description,
  actions,
}: {
  icon: ReactNode;
  title: string;
  description: string;
  actions?: ReactNode;
}) {
  return (
    <EmptyState icon={icon} py="xl">
      <EmptyState.Title order={3}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
    </EmptyState>
  );
}
