import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconCheck, IconChecklist, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';
import { EmptyPanel } from '../components/EmptyPanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { useOpenConference } from '../conferences/useOpenConference';
import { AwardPreviewModal } from './AwardPreviewModal';
import { BatchFilters, type BatchFilter } from './BatchFilters';
import { BatchTable } from './BatchTable';
import { CheckResult, ProblemsModal, type BatchCheck } from './ProblemList';
import { PrintProgress } from './PrintProgress';
import { useConferenceAwards, type DecisionAward } from './useConferenceAwards';
import { usePrintJob, type PrintRequest } from './usePrintJob';

const NO_FILTER: BatchFilter = {
  templateId: null,
  decisionId: null,
  awardFormId: null,
  kind: null,
  unitId: null,
};

/** "In giấy khen": choose the certificates, check them, print them as one PDF in rank order. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { id, conference, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null || !conference) {
    return (
      <EmptyPanel
        icon={<IconCertificate size={32} />}
        title={t('certificates.batch.noConferenceTitle')}
        description={t('certificates.batch.noConferenceDescription')}
      />
    );
  }
  return <BatchPrint key={id} conferenceId={id} title={conference.title} />;
}

function BatchPrint({ conferenceId, title }: { conferenceId: number; title: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const templates = useApiQuery('templates.list', {});
  const units = useApiQuery('units.list', { conferenceId });
  const awards = useConferenceAwards(conferenceId);
  const printJob = usePrintJob();
  const [filter, setFilter] = useState<BatchFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [check, setCheck] = useState<BatchCheck | null>(null);
  const [confirming, setConfirming] = useState<{ check: BatchCheck; request: PrintRequest } | null>(null);
  const [checking, setChecking] = useState(false);
  const [previewing, setPreviewing] = useState<DecisionAward | null>(null);
  const saved = useSavedFile();
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });

  const firstTemplate = templates.data?.[0];
  if (filter.templateId === null && firstTemplate) setFilter({ ...filter, templateId: firstTemplate.id });
  const template = templates.data?.find((tpl) => tpl.id === filter.templateId) ?? null;
  const unitName = units.data?.find((u) => u.id === filter.unitId)?.name;
  const rows = awards.awards.filter(
    (a) =>
      (filter.decisionId === null || a.decisionId === filter.decisionId) &&
      (filter.awardFormId === null || a.awardFormId === filter.awardFormId) &&
      (filter.kind === null || a.kind === filter.kind) &&
      (unitName === undefined || a.unitName === unitName),
  );
  const forms = [...new Map(awards.awards.map((a) => [a.awardFormId, a.awardFormName])).entries()].map(
    ([formId, name]) => ({ id: formId, name }),
  );
  const picked = rows.filter((r) => selected.has(r.id)).map((r) => r.id);

  const request = (awardIds: number[]): PrintRequest | null => {
    if (filter.templateId === null) return null;
    const { templateId, decisionId, awardFormId, kind, unitId } = filter;
    return { conferenceId, templateId, decisionId, awardFormId, kind, unitId, awardIds };
  };

  const runCheck = async (req: PrintRequest): Promise<BatchCheck | null> => {
    try {
      const result = await api.call('certificates.check', req);
      setCheck(result);
      return result;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const print = async (req: PrintRequest, acceptProblems: boolean) => {
    setConfirming(null);
    const outcome = await printJob.print({ ...req, acceptProblems });
    if ('file' in outcome) {
      saved.deliver(outcome.file);
      notifications.show({
        color: 'green',
        icon: <IconCheck size={16} />,
        message: t('certificates.batch.printed', { count: outcome.file.rows, path: outcome.file.path }),
      });
    } else if ('cancelled' in outcome) {
      notifications.show({ color: 'gray', message: t('certificates.batch.cancelled') });
    } else fail(outcome.error);
  };

  /** Checks first; with problems, prints only after the user confirms ("Vẫn in"). */
  const checkThenPrint = async (req: PrintRequest | null) => {
    if (!req) return;
    setChecking(true);
    const result = await runCheck(req);
    setChecking(false);
    if (!result) return;
    if (result.problems.length > 0) setConfirming({ check: result, request: req });
    else await print(req, false);
  };

  const busy = printJob.job !== null || checking;
  const base = request(picked);
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('certificates.batch.title')}</Title>
        <Text c="dimmed" size="sm">
          {title}
        </Text>
      </div>
      {(templates.error ?? awards.error) && <ErrorAlert error={templates.error ?? awards.error} />}
      <Card withBorder>
        <BatchFilters
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setCheck(null);
          }}
          templates={templates.data ?? []}
          decisions={awards.decisions}
          forms={forms}
          units={units.data ?? []}
        />
      </Card>
      <Group>
        <Button
          variant="light"
          leftSection={<IconChecklist size={16} />}
          loading={checking && printJob.job === null}
          disabled={busy || !base || rows.length === 0}
          onClick={() => base && void runCheck(base)}
        >
          {t('certificates.batch.check')}
        </Button>
        <Button
          leftSection={<IconPrinter size={16} />}
          disabled={busy || !base || rows.length === 0}
          onClick={() => void checkThenPrint(base)}
        >
          {t('certificates.batch.print')}
        </Button>
        <Text size="sm" c="dimmed">
          {picked.length > 0
            ? t('certificates.batch.pickedCount', { count: picked.length })
            : t('certificates.batch.allCount', { count: rows.length })}
        </Text>
      </Group>
      {printJob.job && <PrintProgress job={printJob.job} onCancel={() => void printJob.cancel()} />}
      {check && <CheckResult check={check} />}
      <SavedFilePanel saved={saved} title={t('certificates.batch.lastFile')} />
      {awards.isLoading && <Loader aria-label={t('common.loading')} />}
      {!awards.isLoading && awards.awards.length === 0 && (
        <EmptyPanel
          icon={<IconCertificate size={32} />}
          title={t('certificates.batch.noAwardsTitle')}
          description={t('certificates.batch.noAwardsDescription')}
        />
      )}
      {rows.length > 0 && (
        <Card withBorder p={0}>
          <BatchTable
            rows={rows}
            selected={selected}
            onSelectedChange={setSelected}
            busy={busy}
            onPreview={setPreviewing}
            onReprint={(award) => {
              if (filter.templateId === null) return;
              const req: PrintRequest = { conferenceId, templateId: filter.templateId, awardIds: [award.id] };
              void checkThenPrint(req);
            }}
          />
        </Card>
      )}
      <ProblemsModal
        check={confirming?.check ?? null}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void print(confirming.request, true)}
      />
      <AwardPreviewModal template={template} award={previewing} onClose={() => setPreviewing(null)} />
    </Stack>
  );
}
