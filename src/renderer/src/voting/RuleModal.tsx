import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  DENOMINATORS,
  VOTING_METHODS,
  votingRuleInput,
  type RuleEntry,
  type VotingRule,
} from '../../../shared/voting';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';

interface RuleForm {
  name: string;
  thresholdNumerator: number | string;
  thresholdDenominator: number | string;
  strict: boolean;
  denominator: VotingRule['denominator'];
  quorumNumerator: number | string;
  quorumDenominator: number | string;
  writtenOpinionsCount: boolean;
  quota: number | string;
  secret: boolean;
  method: VotingRule['method'];
}

const toForm = (rule: VotingRule): RuleForm => ({
  name: rule.name,
  thresholdNumerator: rule.threshold.numerator,
  thresholdDenominator: rule.threshold.denominator,
  strict: rule.strict,
  denominator: rule.denominator,
  quorumNumerator: rule.quorum.numerator,
  quorumDenominator: rule.quorum.denominator,
  writtenOpinionsCount: rule.writtenOpinionsCount,
  quota: rule.quota ?? '',
  secret: rule.secret,
  method: rule.method,
});

const toRule = (f: RuleForm): VotingRule => ({
  name: f.name,
  threshold: { numerator: Number(f.thresholdNumerator), denominator: Number(f.thresholdDenominator) },
  strict: f.strict,
  denominator: f.denominator,
  quorum: { numerator: Number(f.quorumNumerator), denominator: Number(f.quorumDenominator) },
  writtenOpinionsCount: f.writtenOpinionsCount,
  quota: f.quota === '' ? null : Number(f.quota),
  secret: f.secret,
  method: f.method,
});

/** A rule as the conflict notice lists it, one readable value per field. */
function ruleFacts(rule: VotingRule, t: TFunction): Record<string, string> {
  const yesNo = (value: boolean) => t(value ? 'voting.rules.yes' : 'voting.rules.no');
  return {
    name: rule.name,
    threshold: `${rule.strict ? '>' : '≥'} ${rule.threshold.numerator}/${rule.threshold.denominator}`,
    denominator: t(`voting.poll.denominators.${rule.denominator}`),
    quorum: `${rule.quorum.numerator}/${rule.quorum.denominator}`,
    writtenOpinionsCount: yesNo(rule.writtenOpinionsCount),
    quota: rule.quota === null ? '' : String(rule.quota),
    method: t(`voting.rules.methods.${rule.method}`),
    secret: yesNo(rule.secret),
  };
}

/**
 * Edits a rule preset as it was read, or saves a copy of it (`read.id` null). An edit names the
 * revision it was based on: when another window saved the preset meanwhile, the save is refused,
 * the latest preset is shown beside what was typed and the next save is based on it.
 */
export function RuleModal({
  read,
  latest,
  reload,
  onClose,
}: {
  read: { id: number | null; revision: number | null; rule: VotingRule };
  latest: RuleEntry | undefined;
  reload: () => Promise<RuleEntry | undefined>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { id, rule } = read;
  const save = useApiMutation('rules.save');
  const [error, setError] = useState<unknown>(null);
  const [revision, setRevision] = useState(read.revision);
  const guard = useRecordGuard(
    useCallback(async () => {
      const fresh = await reload();
      if (fresh) setRevision(fresh.revision);
    }, [reload]),
  );
  // A copy creates a new preset: nothing it was based on can be overwritten.
  const blocked = id !== null && guard.blocked;
  const form = useForm<RuleForm>({
    mode: 'controlled',
    initialValues: toForm(rule),
    validate: (values) => {
      const result = votingRuleInput.safeParse(toRule(values));
      if (result.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const [first, second] = issue.path.map(String);
        const key =
          first === 'threshold' || first === 'quorum'
            ? `${first}${second === 'denominator' ? 'Denominator' : 'Numerator'}`
            : (first ?? 'name');
        errors[key] ??= t(`validation.${issue.message === 'required' ? 'required' : 'invalid'}`);
      }
      return errors;
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (blocked) return;
    setError(null);
    try {
      const saved = await save.mutateAsync({ id, revision, rule: toRule(values) });
      notifications.show({ color: 'green', message: t('voting.rules.saved', { name: saved.rule.name }) });
      onClose();
    } catch (caught) {
      if (guard.handle(caught)) return;
      setError(caught);
    }
  });
  const differences =
    id === null
      ? []
      : latestDifferences(ruleFacts(toRule(form.values), t), latest ? ruleFacts(latest.rule, t) : null, {
          name: t('voting.rules.name'),
          threshold: t('voting.rules.threshold'),
          denominator: t('voting.rules.denominator'),
          quorum: t('voting.rules.quorum'),
          writtenOpinionsCount: t('voting.rules.writtenOpinions'),
          quota: t('voting.rules.quota'),
          method: t('voting.rules.method'),
          secret: t('voting.rules.secret'),
        });
  const number = (key: keyof RuleForm, label: string) => (
    <NumberInput
      label={label}
      min={0}
      max={1000}
      allowDecimal={false}
      allowNegative={false}
      {...form.getInputProps(key)}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        id === null
          ? t('voting.rules.copy', { name: rule.name })
          : t('voting.rules.edit', { name: rule.name })
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('voting.rules.name')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2}>
            {number('thresholdNumerator', t('voting.rules.thresholdNumerator'))}
            {number('thresholdDenominator', t('voting.rules.thresholdDenominator'))}
          </SimpleGrid>
          <Checkbox
            label={t('voting.rules.strict')}
            {...form.getInputProps('strict', { type: 'checkbox' })}
          />
          <Select
            label={t('voting.rules.denominator')}
            data={DENOMINATORS.map((d) => ({ value: d, label: t(`voting.poll.denominators.${d}`) }))}
            allowDeselect={false}
            {...form.getInputProps('denominator')}
          />
          <SimpleGrid cols={2}>
            {number('quorumNumerator', t('voting.rules.quorumNumerator'))}
            {number('quorumDenominator', t('voting.rules.quorumDenominator'))}
          </SimpleGrid>
          <Checkbox
            label={t('voting.rules.writtenOpinions')}
            {...form.getInputProps('writtenOpinionsCount', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('voting.rules.quota')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('quota')}
          />
          <Group grow>
            <Select
              label={t('voting.rules.method')}
              data={VOTING_METHODS.map((m) => ({ value: m, label: t(`voting.rules.methods.${m}`) }))}
              allowDeselect={false}
              {...form.getInputProps('method')}
            />
            <Checkbox
              mt={24}
              label={t('voting.rules.secret')}
              {...form.getInputProps('secret', { type: 'checkbox' })}
            />
          </Group>
          {id !== null && <RecordGuardAlert guard={guard} latest={differences} />}
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('voting.rules.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={blocked}>
              {t('voting.rules.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
