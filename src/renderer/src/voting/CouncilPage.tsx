import {
  ActionIcon,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEMBER_ROLES,
  PRESENCE,
  memberInput,
  type CouncilMember,
  type MemberRole,
  type Presence,
} from '../../../shared/voting';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { useOpenConference } from '../conferences/useOpenConference';
import { EditMemberModal } from './EditMemberModal';
import { QuorumBanner } from './QuorumBanner';

interface MemberForm {
  name: string;
  title: string;
  unit: string;
  role: MemberRole;
}

function AddMember({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const add = useApiMutation('council.add');
  const form = useForm<MemberForm>({
    mode: 'controlled',
    initialValues: { name: '', title: '', unit: '', role: 'thanh_vien' },
    validate: (values) => {
      const result = memberInput.safeParse(values);
      return result.success ? {} : fieldErrors<keyof MemberForm>(zodIssues(result.error), t);
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await add.mutateAsync({ conferenceId, ...values });
      form.reset();
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start">
        <TextInput label={t('voting.council.name')} withAsterisk {...form.getInputProps('name')} w={240} />
        <TextInput label={t('voting.council.memberTitle')} {...form.getInputProps('title')} w={220} />
        <TextInput label={t('voting.council.unit')} {...form.getInputProps('unit')} w={220} />
        <Select
          label={t('voting.council.role')}
          data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`voting.council.roles.${r}`) }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
          w={170}
        />
        <Button type="submit" mt={25} leftSection={<IconUserPlus size={16} />} loading={add.isPending}>
          {t('voting.council.add')}
        </Button>
      </Group>
    </form>
  );
}

/** Council members, their roles, and attendance with a live quorum banner. */
export function CouncilPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id } = useOpenConference();
  const council = useApiQuery('council.list', { conferenceId: id ?? 0 }, { enabled: id !== null });
  const presence = useApiMutation('council.setPresence');
  const remove = useApiMutation('council.remove');
  const [editing, setEditing] = useState<CouncilMember | null>(null);
  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const { refetch } = council;
  const editingId = editing?.id;
  const reloadEditing = useCallback(
    async () => (await refetch()).data?.members.find((m) => m.id === editingId),
    [refetch, editingId],
  );

  if (id === null) return <Text>{t('nominees.noConferenceDescription')}</Text>;
  return (
    <Stack gap="md">
      <Title order={2}>{t('voting.council.title')}</Title>
      <Text c="dimmed">{t('voting.council.intro')}</Text>
      {council.error && <ErrorAlert error={council.error} />}
      {council.isLoading && <Loader aria-label={t('common.loading')} />}
      {council.data && <QuorumBanner attendance={council.data.attendance} />}
      <AddMember conferenceId={id} />
      {council.data && council.data.members.length === 0 && (
        <Text c="dimmed">{t('voting.council.empty')}</Text>
      )}
      {council.data && council.data.members.length > 0 && (
        <Table aria-label={t('voting.council.tableLabel')} striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('voting.council.name')}</Table.Th>
              <Table.Th>{t('voting.council.memberTitle')}</Table.Th>
              <Table.Th>{t('voting.council.role')}</Table.Th>
              <Table.Th>{t('voting.council.presence')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {council.data.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td fw={500}>{m.name}</Table.Td>
                <Table.Td>{[m.title, m.unit].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{t(`voting.council.roles.${m.role}`)}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('voting.council.presenceOf', { name: m.name })}
                    value={m.presence}
                    data={PRESENCE.map((p) => ({ value: p, label: t(`voting.council.presences.${p}`) }))}
                    onChange={(value) =>
                      presence.mutateAsync({ id: m.id, presence: value as Presence }).catch(fail)
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('voting.council.edit', { name: m.name })}
                      onClick={() => setEditing(m)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('voting.council.remove', { name: m.name })}
                      onClick={() => {
                        // The row as shown: if another window changed the member meanwhile, the
                        // removal is refused and says so.
                        if (window.confirm(t('voting.council.removeConfirm', { name: m.name }))) {
                          remove.mutateAsync({ id: m.id, revision: m.revision }).catch(fail);
                        }
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <EditMemberModal
          member={editing}
          latest={council.data?.members.find((m) => m.id === editing.id)}
          reload={reloadEditing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
