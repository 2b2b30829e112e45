import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/fields';

interface Props {
  /** The template to copy; null closes the dialog. */
  source: { name: string } | null;
  busy: boolean;
  onClose: () => void;
  onCopy: (name: string) => void;
}

/** Asks the copy's name; shipped templates are only ever changed through a copy. */
export function CopyTemplateModal({ source, busy, onClose, onCopy }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={source !== null} onClose={onClose} title={t('certificates.templates.copyTitle')}>
      {source && (
        <CopyForm key={source.name} initial={source.name} busy={busy} onClose={onClose} onCopy={onCopy} />
      )}
    </Modal>
  );
}

function CopyForm({
  initial,
  busy,
  onClose,
  onCopy,
}: {
  initial: string;
  busy: boolean;
  onClose: () => void;
  onCopy: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(t('certificates.templates.copyName', { name: initial }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onCopy(name.trim());
      }}
    >
      <TextInput
        label={t('certificates.templates.copyNameLabel')}
        value={name}
        maxLength={LIMITS.shortText}
        onChange={(event) => setName(event.currentTarget.value)}
        error={name.trim() ? undefined : t('certificates.templates.nameRequired')}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('certificates.cancel')}
        </Button>
        <Button type="submit" loading={busy} disabled={!name.trim()}>
          {t('certificates.templates.copyConfirm')}
        </Button>
      </Group>
    </form>
  );
}
