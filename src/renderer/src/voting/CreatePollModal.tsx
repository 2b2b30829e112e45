import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';

/** A poll over the nominees proposed for one award form (or all), under a rule preset. */
export function CreatePollModal({ conferenceId, onClose }: { conferenceId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rules = useApiQuery('rules.list', {});
  const awards = useApiQuery('awards.list', {});
  const create = useApiMutation('polls.create');
  const [title, setTitle] = useState('');
  const [ruleId, setRuleId] = useState<string | null>(null);
  const [awardFormId, setAwardFormId] = useState('');
  const [onlyProposed, setOnlyProposed] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const matching = useApiQuery('nominees.ids', {
    conferenceId,
    awardFormId: awardFormId ? Number(awardFormId) : null,
    status: onlyProposed ? 'de_nghi' : null,
  });
  const chosenRule = ruleId ?? (rules.data?.[0] ? String(rules.data[0].id) : null);

  const submit = async () => {
    setError(null);
    try {
      const poll = await create.mutateAsync({
        conferenceId,
        title,
        ruleId: Number(chosenRule),
        nomineeIds: (matching.data ?? []).map((ref) => ref.id),
      });
      onClose();
      void navigate(`/polls/${poll.id}`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('voting.polls.create')} size="lg">
      <Stack>
        <TextInput
          label={t('voting.polls.form.title')}
          placeholder={t('voting.polls.form.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          withAsterisk
          data-autofocus
        />
        <Select
          label={t('voting.polls.form.rule')}
          data={(rules.data ?? []).map((r) => ({ value: String(r.id), label: r.rule.name }))}
          value={chosenRule}
          onChange={setRuleId}
          allowDeselect={false}
        />
        <Select
          label={t('voting.polls.form.awardForm')}
          data={[
            { value: '', label: t('voting.polls.form.anyAwardForm') },
            ...(awards.data ?? []).map((a) => ({ value: String(a.id), label: a.name })),
          ]}
          value={awardFormId}
          onChange={(v) => setAwardFormId(v ?? '')}
          allowDeselect={false}
        />
        <Checkbox
          label={t('voting.polls.form.status')}
          checked={onlyProposed}
          onChange={(e) => setOnlyProposed(e.currentTarget.checked)}
        />
        {matching.data && (
          <Text size="sm">{t('voting.polls.form.matching', { count: matching.data.length })}</Text>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('voting.polls.form.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={create.isPending}>
            {t('voting.polls.form.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
