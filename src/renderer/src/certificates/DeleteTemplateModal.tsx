import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplate } from '../../../shared/certificates';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';

interface Props {
  /** The template as the list showed it when "Xóa" was pressed. */
  template: CertificateTemplate;
  /** The same template as stored now, once the list has it again (null when it is gone). */
  latest: CertificateTemplate | null;
  reload: () => unknown;
  onClose: () => void;
}

/**
 * Confirms deleting one of our templates. It deletes the revision the person saw; if another
 * window changed the template meanwhile, the change is shown and a second press deletes it anyway.
 */
export function DeleteTemplateModal({ template, latest, reload, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useApiMutation('templates.delete');
  const guard = useRecordGuard(reload);
  // After a refusal the person has seen the latest copy, so that is the one to delete.
  const target = guard.conflict && latest ? latest : template;
  const describe = (tpl: CertificateTemplate) => ({
    name: tpl.name,
    version: String(tpl.version),
  });
  const differences = guard.conflict
    ? latestDifferences(describe(template), latest && describe(latest), {
        name: t('certificates.templates.columns.name'),
        version: t('certificates.templates.columns.version'),
      })
    : [];

  const onDelete = async () => {
    if (guard.blocked) return;
    try {
      await remove.mutateAsync({ id: target.id, revision: target.revision });
      notifications.show({
        color: 'green',
        message: t('certificates.templates.deleted', { name: target.name }),
      });
      onClose();
    } catch (error) {
      if (guard.handle(error)) return;
      notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('certificates.templates.deleteTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('certificates.templates.deleteText', { name: target.name })}</Text>
        <RecordGuardAlert guard={guard} latest={differences} kept={t('certificates.templates.deleteKept')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('certificates.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            disabled={guard.blocked}
            onClick={() => void onDelete()}
          >
            {t('certificates.templates.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
