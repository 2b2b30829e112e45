import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierPlan } from '../../../shared/dossier';
import type { WrittenFile } from '../../../shared/files';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSavedFile } from '../components/SavedFile';

type Fields = DossierPlan['defaults'] & { number: string; registerId: string | null };

/**
 * "Lập hồ sơ khen thưởng" on a closed poll: the decision prefilled, what will be produced, the
 * register numbers confirmed; then the decision is recorded, numbered and its folder written.
 * Cancelling is possible until the numbers are given; a second run only rewrites the files.
 */
export function DossierWizard({
  pollId,
  opened,
  onClose,
}: {
  pollId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // Read afresh at every opening and kept while the wizard runs: a decision made by the last
  // run must be seen, and a refetch must not replace the steps on screen.
  const [plan, setPlan] = useState<DossierPlan | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!opened) return;
    let live = true;
    api.call('dossier.plan', { pollId }).then(
      (value) => live && setPlan(value),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
      setPlan(null);
      setError(null);
    };
  }, [api, opened, pollId]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('dossier.wizard.title')} size="lg">
      {error !== null && <ErrorAlert error={error} />}
      {plan === null && error === null && <Loader aria-label={t('common.loading')} />}
      {plan && <WizardBody pollId={pollId} plan={plan} onClose={onClose} />}
    </Modal>
  );
}

function WizardBody({ pollId, plan, onClose }: { pollId: number; plan: DossierPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const registers = useApiQuery('registers.list', {});
  const saved = useSavedFile();
  const [fields, setFields] = useState<Fields>({ ...plan.defaults, number: '', registerId: null });
  const [confirmed, setConfirmed] = useState(false);
  // -1: not started; 0..2: the step running; 3: done.
  const [step, setStep] = useState(-1);
  const [error, setError] = useState<unknown>(null);
  const [written, setWritten] = useState<{ folder: string; files: WrittenFile[] } | null>(null);
  const count = plan.nomineeIds.length;
  const register = registers.data?.find((r) => String(r.id) === fields.registerId) ?? null;
  const running = step >= 0 && step < 3;

  const set = (key: keyof Fields) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setFields({ ...fields, [key]: event.currentTarget.value });

  const writeFiles = async (decisionId: number) => {
    setStep(2);
    setWritten(await api.call('dossier.writeAll', { pollId, decisionId }));
    setStep(3);
  };

  const run = async () => {
    setError(null);
    try {
      if (plan.existing) {
        await writeFiles(plan.existing.decisionId);
        return;
      }
      setStep(0);
      const { registerId, ...decisionFields } = fields;
      const conferenceId = (await api.call('polls.get', { id: pollId })).conferenceId;
      const decision = await api.call('decisions.create', {
        conferenceId,
        ...decisionFields,
        registerId: registerId === null ? null : Number(registerId),
      });
      setStep(1);
      try {
        await api.call('decisions.assign', {
          decisionId: decision.id,
          revision: decision.revision,
          nomineeIds: plan.nomineeIds,
          ...(register ? { registerNext: register.nextNumber } : {}),
        });
      } catch (refused) {
        // Nothing was awarded: the decision just recorded goes too, so a corrected run can reuse its number.
        await api
          .call('decisions.delete', { id: decision.id, revision: decision.revision })
          .catch(() => undefined);
        throw refused;
      }
      await writeFiles(decision.id);
    } catch (caught) {
      setError(caught);
      setStep(-1);
    } finally {
      // The decision, its awards and the poll's plan changed: every page reads them again.
      void queryClient.invalidateQueries();
    }
  };

  if (count === 0) return <Alert color="orange">{t('dossier.wizard.nobody')}</Alert>;

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('dossier.wizard.passed', { collectives: plan.collectives, individuals: plan.individuals })}
      </Text>
      {plan.existing ? (
        <Alert color="blue">{t('dossier.wizard.existing', { number: plan.existing.number })}</Alert>
      ) : (
        <>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('dossier.wizard.number')}
              required
              value={fields.number}
              onChange={set('number')}
            />
            <TextInput
              label={t('dossier.wizard.date')}
              type="date"
              required
              value={fields.date}
              onChange={set('date')}
            />
          </SimpleGrid>
          <TextInput label={t('dossier.wizard.issuer')} value={fields.issuer} onChange={set('issuer')} />
          <SimpleGrid cols={3}>
            <TextInput
              label={t('dossier.wizard.signerCapacity')}
              value={fields.signerCapacity}
              onChange={set('signerCapacity')}
            />
            <TextInput
              label={t('dossier.wizard.signerTitle')}
              value={fields.signerTitle}
              onChange={set('signerTitle')}
            />
            <TextInput
              label={t('dossier.wizard.signerName')}
              value={fields.signerName}
              onChange={set('signerName')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('dossier.wizard.placeName')}
              value={fields.placeName}
              onChange={set('placeName')}
            />
            <Select
              label={t('dossier.wizard.register')}
              placeholder={t('dossier.wizard.noRegister')}
              clearable
              data={(registers.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
              value={fields.registerId}
              onChange={(value) => setFields({ ...fields, registerId: value })}
            />
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('dossier.wizard.produces')}
          </Text>
          <Text size="sm">{t('dossier.wizard.producesList', { count })}</Text>
          {register && (
            <Alert color="orange">
              {t('dossier.wizard.numbers', {
                first: register.nextNumber,
                last: register.nextNumber + count - 1,
                register: register.name,
              })}
            </Alert>
          )}
          <Checkbox
            label={
              register
                ? t('dossier.wizard.confirmNumbers', { count })
                : t('dossier.wizard.confirmAwards', { count })
            }
            checked={confirmed}
            disabled={running || step === 3}
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
          />
        </>
      )}

      {step >= 0 && (
        <Stepper active={step} size="sm" orientation="vertical">
          {!plan.existing && <Stepper.Step label={t('dossier.wizard.steps.decision')} loading={step === 0} />}
          {!plan.existing && <Stepper.Step label={t('dossier.wizard.steps.numbers')} loading={step === 1} />}
          <Stepper.Step label={t('dossier.wizard.steps.files')} loading={step === 2} />
        </Stepper>
      )}
      {error !== null && <ErrorAlert error={error} />}

      {written && (
        <Stack gap="xs">
          <Text size="sm">{t('dossier.wizard.done')}</Text>
          {/* Plain text: the monospace face draws Vietnamese marks beside their letters. */}
          <Text size="sm" fw={500}>
            {written.folder}
          </Text>
          {written.files.map((file) => (
            <Group key={file.handle} justify="space-between">
              <Text size="sm">{file.fileName}</Text>
              <Button size="xs" variant="subtle" onClick={() => saved.deliver(file)}>
                {t('dossier.wizard.getFile')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={running}>
          {step === 3 ? t('dossier.wizard.close') : t('dossier.wizard.cancel')}
        </Button>
        {step !== 3 && (
          <Button
            onClick={() => void run()}
            loading={running}
            disabled={!plan.existing && (!confirmed || fields.number.trim() === '' || fields.date === '')}
          >
            {plan.existing ? t('dossier.wizard.regenerate') : t('dossier.wizard.start')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
