import { Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';

/** The legal bases decisions of one issuer cite, one per line, kept per issuer. */
export function LegalBasesCard({
  conferenceId,
  defaultIssuer,
}: {
  conferenceId: number;
  defaultIssuer: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [issuer, setIssuer] = useState(defaultIssuer);
  const trimmed = issuer.trim();
  const bases = useApiQuery('legalBases.get', { conferenceId, issuer: trimmed }, { enabled: trimmed !== '' });
  const save = useApiMutation('legalBases.save');
  // What is typed; null until the person edits, so a reload shows the stored list.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? bases.data?.bases.join('\n') ?? '';

  const onSave = async () => {
    if (!bases.data) return;
    try {
      await save.mutateAsync({
        conferenceId,
        issuer: trimmed,
        revision: bases.data.revision,
        bases: shown.split('\n').filter((line) => line.trim() !== ''),
      });
      setDraft(null);
      notifications.show({ color: 'green', message: t('dossier.basesSaved', { issuer: trimmed }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('dossier.legalBases')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dossier.legalBasesIntro')}
        </Text>
        <TextInput
          label={t('dossier.issuer')}
          value={issuer}
          onChange={(event) => {
            setIssuer(event.currentTarget.value);
            setDraft(null);
          }}
          maw={480}
        />
        <Textarea
          label={t('dossier.bases')}
          autosize
          minRows={3}
          value={shown}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <Group>
          <Button onClick={() => void onSave()} loading={save.isPending} disabled={!bases.data}>
            {t('dossier.saveBases')}
          </Button>
          {bases.data && !bases.data.custom && <Badge variant="light">{t('dossier.defaults')}</Badge>}
        </Group>
      </Stack>
    </Card>
  );
}
