import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, memberInput, type CouncilMember, type MemberRole } from '../../../shared/voting';
import { useApiMutation } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { latestDifferences, RecordGuardAlert, useRecordGuard } from '../components/RecordGuard';

interface MemberForm {
  name: string;
  title: string;
  unit: string;
  role: MemberRole;
}

const fieldsOf = (m: CouncilMember): MemberForm => ({
  name: m.name,
  title: m.title,
  unit: m.unit,
  role: m.role,
});

/**
 * Edits a member's name, title, unit and role. The form stays on what was read when it opened
 * (`member`) while the council list moves on; a save based on an old copy is refused, the
 * latest copy (`latest`, undefined once removed) is shown beside what was typed, and the next
 * save is based on it.
 */
export function EditMemberModal({
  member,
  latest,
  reload,
  onClose,
}: {
  member: CouncilMember;
  latest: CouncilMember | undefined;
  /** Fetches the council again; answers the member as it now is. */
  reload: () => Promise<CouncilMember | undefined>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useApiMutation('council.update');
  const [revision, setRevision] = useState(member.revision);
  const [error, setError] = useState<unknown>(null);
  const guard = useRecordGuard(
    useCallback(async () => {
      const fresh = await reload();
      if (fresh) setRevision(fresh.revision);
    }, [reload]),
  );
  const form = useForm<MemberForm>({
    mode: 'controlled',
    initialValues: fieldsOf(member),
    validate: (values) => {
      const result = memberInput.safeParse(values);
      return result.success ? {} : fieldErrors<keyof MemberForm>(zodIssues(result.error), t);
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (guard.blocked) return;
    setError(null);
    try {
      await update.mutateAsync({ id: member.id, revision, ...values });
      notifications.show({ color: 'green', message: t('voting.council.saved', { name: values.name }) });
      onClose();
    } catch (caught) {
      if (guard.handle(caught)) return;
      setError(caught);
    }
  });
  const roleLabel = (role: MemberRole) => t(`voting.council.roles.${role}`);
  const shown = (m: MemberForm) => ({ ...m, role: roleLabel(m.role) });
  const differences = latestDifferences(shown(form.values), latest ? shown(fieldsOf(latest)) : null, {
    name: t('voting.council.name'),
    title: t('voting.council.memberTitle'),
    unit: t('voting.council.unit'),
    role: t('voting.council.role'),
  });

  return (
    <Modal opened onClose={onClose} title={t('voting.council.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('voting.council.name')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput label={t('voting.council.memberTitle')} {...form.getInputProps('title')} />
          <TextInput label={t('voting.council.unit')} {...form.getInputProps('unit')} />
          <Select
            label={t('voting.council.role')}
            data={MEMBER_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <RecordGuardAlert guard={guard} latest={differences} />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('voting.council.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={guard.blocked}>
              {t('voting.council.saveEdit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
