import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Conference } from '../../../shared/conferences';
import { formatTableDate } from '../../../shared/dates';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { isStaleRecord } from '../components/RecordGuard';

/** One conference in the list, with open, edit and archive (undoable) actions. */
export function ConferenceRow({ conference, isOpen }: { conference: Conference; isOpen: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const open = useApiMutation('conferences.open');
  const archive = useApiMutation('conferences.archive');
  const restore = useApiMutation('conferences.restore');
  const named = { title: conference.title };

  // A refusal of a stale row says so; the list reloads, showing the conference as it is now.
  const fail = (error: unknown) => {
    notifications.show({ color: 'red', message: errorText(error) });
    if (isStaleRecord(error)) void queryClient.invalidateQueries({ queryKey: ['conferences'] });
  };

  const onOpen = async () => {
    try {
      await open.mutateAsync({ id: conference.id });
      void navigate('/conference');
    } catch (error) {
      fail(error);
    }
  };

  // The revision of the row as shown, or the one archiving just gave it (for undo).
  const onRestore = async (revision: number) => {
    try {
      await restore.mutateAsync({ id: conference.id, revision });
      notifications.show({ color: 'green', message: t('conferences.restoredNotice', named) });
    } catch (error) {
      fail(error);
    }
  };

  // Archiving hides nothing for good, so it needs no confirmation; the notice offers undo.
  const onArchive = async () => {
    try {
      const archived = await archive.mutateAsync({ id: conference.id, revision: conference.revision });
      const noticeId = `archived-${conference.id}`;
      notifications.show({
        id: noticeId,
        autoClose: 8000,
        message: (
          <Group gap="sm" wrap="nowrap">
            <Text size="sm">{t('conferences.archivedNotice', named)}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(noticeId);
                void onRestore(archived.revision);
              }}
            >
              {t('conferences.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      fail(error);
    }
  };

  const time = conference.endsAt
    ? `${formatTableDate(conference.startsAt)} – ${formatTableDate(conference.endsAt)}`
    : formatTableDate(conference.startsAt);

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text fw={500}>{conference.title}</Text>
          {isOpen && (
            <Badge size="sm" variant="light" color="green">
              {t('conferences.isOpen')}
            </Badge>
          )}
          {conference.archivedAt && (
            <Badge size="sm" color="gray">
              {t('conferences.archived')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`conferences.kinds.${conference.kind}`)}</Table.Td>
      <Table.Td>{conference.organiser}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{time}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            onClick={() => void onOpen()}
            aria-label={t('conferences.openNamed', named)}
          >
            {t('conferences.open')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            component={Link}
            to={`/conferences/${conference.id}/edit`}
            aria-label={t('conferences.editNamed', named)}
          >
            {t('conferences.edit')}
          </Button>
          {conference.archivedAt ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => void onRestore(conference.revision)}
              aria-label={t('conferences.restoreNamed', named)}
            >
              {t('conferences.restore')}
            </Button>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              onClick={() => void onArchive()}
              aria-label={t('conferences.archiveNamed', named)}
            >
              {t('conferences.archive')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
