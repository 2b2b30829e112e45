import { Badge, Button, Group, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCopy,
  IconDeviceFloppy,
  IconRuler2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  builtIn: boolean;
  version: number;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  calibrating: boolean;
  /** The database was restored under the editor: nothing is saved until the template is reloaded. */
  blocked: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onCopy: () => void;
  onCalibrate: () => void;
}

/** The editor's heading and commands: undo, redo, test print, save (or copy a shipped one). */
export function EditorToolbar(props: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start">
      <Group gap="sm">
        <Title order={2}>{props.name || t('certificates.editor.untitled')}</Title>
        {props.builtIn && (
          <Badge variant="light" color="blue">
            {t('certificates.templates.builtIn')}
          </Badge>
        )}
        <Badge variant="outline" color="gray">
          {t('certificates.templates.version', { version: props.version })}
        </Badge>
        {props.dirty && (
          <Badge variant="light" color="orange" role="status">
            {t('certificates.editor.unsaved')}
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          disabled={!props.canUndo}
          onClick={props.onUndo}
        >
          {t('certificates.editor.undo')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconArrowForwardUp size={16} />}
          disabled={!props.canRedo}
          onClick={props.onRedo}
        >
          {t('certificates.editor.redo')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconRuler2 size={16} />}
          loading={props.calibrating}
          disabled={props.blocked && props.dirty && !props.builtIn}
          onClick={props.onCalibrate}
        >
          {t('certificates.editor.calibrate')}
        </Button>
        {props.builtIn ? (
          <Button leftSection={<IconCopy size={16} />} onClick={props.onCopy}>
            {t('certificates.editor.copyToEdit')}
          </Button>
        ) : (
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            loading={props.saving}
            disabled={!props.dirty || props.blocked}
            onClick={props.onSave}
          >
            {t('certificates.editor.save')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
