import { Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatTableDate } from '../../../shared/dates';
import type { DocumentKind } from '../../../shared/dossier';
import type { WrittenFile } from '../../../shared/files';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { useErrorText } from '../components/ErrorAlert';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { useOpenConference } from '../conferences/useOpenConference';
import { DossierTemplates } from './DossierTemplates';
import { LegalBasesCard } from './LegalBasesCard';

/** "Hồ sơ Word": the dossier's documents from a closed poll or a decision, and their templates. */
export function DossierPage() {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const { id, conference, isLoading } = useOpenConference();
  const enabled = { enabled: id !== null };
  const polls = useApiQuery('polls.list', { conferenceId: id ?? 0 }, enabled);
  const decisions = useApiQuery('decisions.list', { conferenceId: id ?? 0 }, enabled);
  const [pollId, setPollId] = useState<string | null>(params.get('poll'));
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const saved = useSavedFile();

  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) {
    return (
      <EmptyPanel
        icon={<IconFileTypeDocx size={32} />}
        title={t('dossier.noConferenceTitle')}
        description={t('dossier.noConferenceDescription')}
      />
    );
  }

  const closed = (polls.data ?? []).filter((p) => p.state === 'closed');
  const chosenPoll = closed.find((p) => String(p.id) === pollId) ?? closed[0];
  const chosenDecision =
    (decisions.data ?? []).find((d) => String(d.id) === decisionId) ?? decisions.data?.[0];

  const write = async (kind: DocumentKind, work: () => Promise<WrittenFile>) => {
    setBusy(kind);
    try {
      const file = await work();
      saved.deliver(file);
      notifications.show({
        color: 'green',
        message: t('dossier.written', { name: t(`dossier.documents.${kind}`), path: file.path }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    } finally {
      setBusy(null);
    }
  };

  const button = (kind: DocumentKind, work: () => Promise<WrittenFile>, disabled: boolean) => (
    <Button
      key={kind}
      variant="light"
      leftSection={<IconFileTypeDocx size={16} />}
      loading={busy === kind}
      disabled={disabled || (busy !== null && busy !== kind)}
      onClick={() => void write(kind, work)}
    >
      {t(`dossier.documents.${kind}`)}
    </Button>
  );

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>{t('dossier.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('dossier.intro')}
        </Text>
      </div>
      <SavedFilePanel saved={saved} />

      <Card withBorder>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('dossier.fromPoll')}
          </Title>
          {closed.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dossier.noClosedPoll')}
            </Text>
          ) : (
            <Group align="flex-end">
              <Select
                label={t('dossier.poll')}
                data={closed.map((p) => ({ value: String(p.id), label: p.title }))}
                value={chosenPoll ? String(chosenPoll.id) : null}
                onChange={setPollId}
                allowDeselect={false}
                w={360}
              />
              {(['minutes', 'proposal'] as const).map((kind) =>
                button(
                  kind,
                  () => api.call('dossier.pollDocument', { pollId: chosenPoll?.id ?? 0, kind }),
                  !chosenPoll,
                ),
              )}
            </Group>
          )}
        </Stack>
      </Card>

      <Card withBorder>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('dossier.fromDecision')}
          </Title>
          {(decisions.data ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dossier.noDecision')}
            </Text>
          ) : (
            <Group align="flex-end">
              <Select
                label={t('dossier.decision')}
                data={(decisions.data ?? []).map((d) => ({
                  value: String(d.id),
                  label: t('dossier.decisionLabel', { number: d.number, date: formatTableDate(d.date) }),
                }))}
                value={chosenDecision ? String(chosenDecision.id) : null}
                onChange={setDecisionId}
                allowDeselect={false}
                w={360}
              />
              {(['decision', 'paymentList'] as const).map((kind) =>
                button(
                  kind,
                  () => api.call('dossier.decisionDocument', { decisionId: chosenDecision?.id ?? 0, kind }),
                  !chosenDecision,
                ),
              )}
            </Group>
          )}
        </Stack>
      </Card>

      <DossierTemplates conferenceId={id} onFile={saved.deliver} />
      <LegalBasesCard
        conferenceId={id}
        defaultIssuer={chosenDecision?.issuer || conference.organiser || ''}
      />
    </Stack>
  );
}
