import { Badge, Button, Group, Loader, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconConfetti } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CeremonyBatch,
  CeremonyHonoree,
  CeremonyRecord,
  CeremonyStatus,
} from '../../../shared/projector';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { NoConferencePanel } from '../components/NoConferencePanel';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { useOpenConference } from '../conferences/useOpenConference';

const STATUS_COLOR: Record<CeremonyStatus, string> = { received: 'green', absent: 'gray', proxy: 'blue' };

/** #/ceremony: the commendation ceremony and what happened to each honoree. */
export function CeremonyPage() {
  const { t } = useTranslation();
  const { id, isLoading } = useOpenConference();
  if (isLoading) return <Loader aria-label={t('common.loading')} />;
  if (id === null) {
    return (
      <NoConferencePanel
        icon={<IconConfetti size={32} />}
        description={t('projector.noConferenceDescription')}
      />
    );
  }
  return <Ceremony key={id} conferenceId={id} />;
}

function Ceremony({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const list = useApiQuery('ceremony.list', { conferenceId });
  const [proxyFor, setProxyFor] = useState<CeremonyHonoree | null>(null);

  if (list.isLoading) return <Loader aria-label={t('common.loading')} />;
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const data = list.data;
  if (!data) return null;
  const records = new Map(data.records.map((r) => [r.nomineeId, r]));

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('projector.ceremony.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('projector.ceremony.intro')}
        </Text>
      </Stack>
      <Text role="status" fw={500}>
        {t('projector.ceremony.counts', data.counts)}
      </Text>
      {data.batches.length === 0 && <Text c="dimmed">{t('projector.ceremony.empty')}</Text>}
      {data.batches.map((batch) => (
        <BatchTable key={batch.index} batch={batch} records={records} onProxy={setProxyFor} />
      ))}
      <ProxyModal honoree={proxyFor} onClose={() => setProxyFor(null)} />
    </Stack>
  );
}

function BatchTable({
  batch,
  records,
  onProxy,
}: {
  batch: CeremonyBatch;
  records: Map<number, CeremonyRecord>;
  onProxy: (honoree: CeremonyHonoree) => void;
}) {
  const { t } = useTranslation();
  const number = batch.index + 1;
  const kind = t(`projector.view.kinds.${batch.kind}`);
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('projector.ceremony.batchHeading', { number, form: batch.awardFormName, kind })}
        {batch.part !== null && ` (${t('projector.view.part', { part: batch.part, parts: batch.parts })})`}
      </Title>
      <Table
        aria-label={t('projector.ceremony.tableLabel', { number })}
        striped
        withTableBorder
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>{t('projector.ceremony.columns.stt')}</Table.Th>
            <Table.Th w="26%">{t('projector.ceremony.columns.name')}</Table.Th>
            <Table.Th>{t('projector.ceremony.columns.unit')}</Table.Th>
            <Table.Th w={130}>{t('projector.ceremony.columns.status')}</Table.Th>
            <Table.Th w={210} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batch.honorees.map((h, i) => (
            <HonoreeRow
              key={h.nomineeId}
              index={i}
              honoree={h}
              record={records.get(h.nomineeId)}
              onProxy={onProxy}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function HonoreeRow({
  index,
  honoree,
  record,
  onProxy,
}: {
  index: number;
  honoree: CeremonyHonoree;
  record: CeremonyRecord | undefined;
  onProxy: (honoree: CeremonyHonoree) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useApiMutation('ceremony.record');
  const clear = useApiMutation('ceremony.clear');
  const busy = save.isPending || clear.isPending;
  const mark = (status: 'received' | 'absent') =>
    save.mutate({ nomineeId: honoree.nomineeId, status, proxyName: '' });
  const failure = save.error ?? clear.error;
  return (
    <Table.Tr>
      <Table.Td>{index + 1}</Table.Td>
      <Table.Td fw={500}>{honoree.fullName}</Table.Td>
      <Table.Td>{[honoree.position, honoree.unitName].filter(Boolean).join(', ')}</Table.Td>
      <Table.Td>
        {record ? (
          <Badge color={STATUS_COLOR[record.status]} variant="light">
            {record.status === 'proxy'
              ? t('projector.ceremony.proxyBy', { name: record.proxyName })
              : t(`projector.ceremony.statuses.${record.status}`)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('projector.ceremony.statuses.pending')}
          </Text>
        )}
        {failure && (
          <Text size="xs" c="red" role="alert">
            {errorText(failure)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {/* The buttons wrap on a 1024-pixel screen so the unit column keeps its room. */}
        <Group
          gap={4}
          role="group"
          aria-label={t('projector.ceremony.actionsFor', { name: honoree.fullName })}
        >
          <Button
            size="xs"
            variant={record?.status === 'received' ? 'filled' : 'default'}
            disabled={busy}
            onClick={() => mark('received')}
          >
            {t('projector.ceremony.received')}
          </Button>
          <Button
            size="xs"
            variant={record?.status === 'absent' ? 'filled' : 'default'}
            disabled={busy}
            onClick={() => mark('absent')}
          >
            {t('projector.ceremony.absent')}
          </Button>
          <Button
            size="xs"
            variant={record?.status === 'proxy' ? 'filled' : 'default'}
            disabled={busy}
            onClick={() => onProxy(honoree)}
          >
            {t('projector.ceremony.proxy')}
          </Button>
          {record && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              disabled={busy}
              onClick={() => clear.mutate({ nomineeId: honoree.nomineeId })}
            >
              {t('projector.ceremony.clear')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function ProxyModal({ honoree, onClose }: { honoree: CeremonyHonoree | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useApiMutation('ceremony.record');
  const [name, setName] = useState('');
  const close = () => {
    setName('');
    save.reset();
    onClose();
  };
  const submit = () => {
    if (!honoree) return;
    save.mutate({ nomineeId: honoree.nomineeId, status: 'proxy', proxyName: name }, { onSuccess: close });
  };
  return (
    <Modal
      opened={honoree !== null}
      onClose={close}
      title={honoree ? t('projector.ceremony.proxyTitle', { name: honoree.fullName }) : ''}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('projector.ceremony.proxyName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={save.error ? errorText(save.error) : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('projector.ceremony.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('projector.ceremony.proxySave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
