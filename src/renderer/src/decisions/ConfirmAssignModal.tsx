import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignPreview, Register } from '../../../shared/certificates';
import { formatRegisterNumber } from '../../../shared/register-number';

export interface PendingAssignment {
  preview: AssignPreview;
  nomineeIds: number[];
  /** Approved nominees left out because they have no award form. */
  withoutForm: number;
}

interface Props {
  decisionNumber: string;
  pending: PendingAssignment | null;
  /** The register the numbers come from, for the next number's pattern. */
  register: Register | undefined;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Register numbers are never given back, so before any are given the person reads exactly
 * which: computed by the core from the same rule the assignment uses (decisions.assignPreview).
 */
export function ConfirmAssignModal({ decisionNumber, pending, register, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const preview = pending?.preview;
  const numbers = preview?.numbers ?? null;
  const n = preview?.added ?? 0;
  const lines: string[] = [];
  if (preview) {
    if (numbers) {
      const values = { n, first: numbers.first, last: numbers.last, register: numbers.registerName };
      lines.push(
        t(n === 1 ? 'decisions.awards.confirm.numberedOne' : 'decisions.awards.confirm.numbered', values),
      );
    } else {
      lines.push(t('decisions.awards.confirm.unnumbered', { n }));
    }
    if (preview.byForm.length > 1) {
      const list = preview.byForm.map((f) => `${f.count} ${f.awardFormName}`).join(', ');
      lines.push(t('decisions.awards.confirm.byForm', { list }));
    }
    if (numbers && register) {
      lines.push(
        t('decisions.awards.confirm.next', { next: formatRegisterNumber(register, numbers.nextAfter) }),
      );
    }
    if (preview.alreadyAwarded > 0)
      lines.push(t('decisions.awards.confirm.already', { n: preview.alreadyAwarded }));
    if (pending && pending.withoutForm > 0) {
      lines.push(t('decisions.awards.confirm.withoutForm', { n: pending.withoutForm }));
    }
  }
  return (
    <Modal
      opened={pending !== null}
      onClose={onCancel}
      title={t('decisions.awards.confirm.title', { number: decisionNumber })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('decisions.awards.confirm.close') }}
    >
      <Stack gap="sm">
        <List spacing={4} size="sm">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {numbers && (
          <Text size="sm" fw={600} c="red.8">
            {t('decisions.awards.confirm.irreversible')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('decisions.awards.confirm.cancel')}
          </Button>
          <Button color={numbers ? 'red' : undefined} loading={busy} onClick={onConfirm}>
            {t(
              numbers
                ? 'decisions.awards.confirm.submitNumbered'
                : 'decisions.awards.confirm.submitUnnumbered',
              {
                n,
              },
            )}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
