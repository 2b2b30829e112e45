import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conference } from '../../../shared/conferences';
import type { Decision } from '../../../shared/certificates';
import { useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';
import { AwardsSection } from './AwardsSection';
import { DecisionModal, type DecisionValues } from './DecisionModal';
import { DecisionsList } from './DecisionsList';
import { RegistersCard } from './RegistersCard';
import { PaymentListCard } from '../money/PaymentListCard';

/** #/decisions: the open conference's award decisions, the registers, and who each decision awards. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const { id, conference, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) {
    return (
      <EmptyPanel
        icon={<IconGavel size={32} />}
        title={t('decisions.noConferenceTitle')}
        description={t('decisions.noConferenceDescription')}
        actions={
          <Button component={Link} to="/">
            {t('decisions.goToList')}
          </Button>
        }
      />
    );
  }
  // Keyed, so a choice made in one conference does not linger in the next.
  return <ConferenceDecisions key={id} conference={conference} />;
}

function ConferenceDecisions({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const list = useApiQuery('decisions.list', { conferenceId: conference.id });
  const settings = useApiQuery('settings.get', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [modal, setModal] = useState<{ opened: boolean; editing: Decision | null }>({
    opened: false,
    editing: null,
  });

  const decisions = list.data ?? [];
  // The newest decision is shown until another is picked (or the picked one is deleted).
  const selected = decisions.find((d) => d.id === selectedId) ?? decisions[0] ?? null;
  const s = settings.data;
  // A new decision starts from what the conference and the installation already say.
  const defaults: DecisionValues = {
    number: '',
    date: '',
    issuer: conference.organiser || (s?.organisationName ?? ''),
    signerCapacity: '',
    signerTitle: s?.signerTitle ?? '',
    signerName: s?.signerName ?? '',
    placeName: conference.placeName || (s?.placeName ?? ''),
    registerId: null,
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('decisions.title')}</Title>
        <Text c="dimmed" size="sm">
          {conference.title}
        </Text>
      </div>
      <Text size="sm">{t('decisions.intro')}</Text>
      <RegistersCard />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isLoading && <Loader aria-label={t('common.loading')} />}
      {list.data && (
        <DecisionsList
          decisions={decisions}
          selectedId={selected?.id ?? null}
          onSelect={setSelectedId}
          onAdd={() => setModal({ opened: true, editing: null })}
          onEdit={(decision) => setModal({ opened: true, editing: decision })}
        />
      )}
      {selected && <AwardsSection key={selected.id} decision={selected} />}
      {selected && <PaymentListCard key={`pay-${selected.id}`} decision={selected} />}
      <DecisionModal
        opened={modal.opened}
        conferenceId={conference.id}
        editing={modal.editing}
        defaults={defaults}
        onClose={() => setModal((m) => ({ ...m, opened: false }))}
        onSaved={(decision) => setSelectedId(decision.id)}
      />
    </Stack>
  );
}
