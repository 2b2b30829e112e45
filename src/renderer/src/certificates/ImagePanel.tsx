import { Badge, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMAGE_SLOTS, MAX_IMAGE_BYTES, type CertificateTemplate } from '../../../shared/certificates';
import { useApiMutation } from '../api/hooks';
import { useErrorText } from '../components/ErrorAlert';
import { readAsBase64 } from '../imports/readFile';
import type { TemplateRevision } from './useTemplateRevision';

type Slot = (typeof IMAGE_SLOTS)[number];

interface Props {
  template: CertificateTemplate;
  /** The revision the editor holds: an image changed by another window meanwhile is not replaced. */
  held: TemplateRevision;
  /** Shipped templates keep their images; a copy is changed instead. */
  readOnly: boolean;
  /** The image just uploaded, drawn at once while the stored copy is fetched again. */
  onLocalImage: (slot: Slot, dataUrl: string | null) => void;
}

/** The scanned background and the emblem or logo: PNG or JPEG, stored with the template. */
export function ImagePanel({ template, held, readOnly, onLocalImage }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setImage = useApiMutation('templates.setImage');
  const fail = (message: string) => notifications.show({ color: 'red', message, autoClose: 10_000 });

  const upload = async (slot: Slot, file: File | null) => {
    if (!file) return;
    // Checked here too, so a wrong file is refused before megabytes cross to the core.
    if (!['image/png', 'image/jpeg'].includes(file.type)) return fail(t('certificates.editor.notImage'));
    if (file.size > MAX_IMAGE_BYTES) return fail(t('certificates.editor.imageTooLarge'));
    try {
      const contentBase64 = await readAsBase64(file);
      held.wrote(
        await setImage.mutateAsync({ id: template.id, revision: held.revision, slot, contentBase64 }),
      );
      onLocalImage(slot, `data:${file.type};base64,${contentBase64}`);
      notifications.show({ color: 'green', message: t(`certificates.editor.imageSet.${slot}`) });
    } catch (error) {
      if (held.guard.handle(error)) return;
      fail(errorText(error));
    }
  };

  const remove = async (slot: Slot) => {
    try {
      held.wrote(
        await setImage.mutateAsync({ id: template.id, revision: held.revision, slot, contentBase64: null }),
      );
      onLocalImage(slot, null);
    } catch (error) {
      if (held.guard.handle(error)) return;
      fail(errorText(error));
    }
  };

  return (
    <Stack gap="sm">
      {IMAGE_SLOTS.map((slot) => {
        const present = slot === 'background' ? template.hasBackground : template.hasEmblem;
        return (
          <Stack gap={4} key={slot}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {t(`certificates.editor.images.${slot}`)}
              </Text>
              <Badge variant="light" color={present ? 'green' : 'gray'}>
                {present ? t('certificates.editor.imagePresent') : t('certificates.editor.imageAbsent')}
              </Badge>
            </Group>
            <Group gap="xs">
              <FileButton accept="image/png,image/jpeg" onChange={(file) => void upload(slot, file)}>
                {(props) => (
                  <Button
                    {...props}
                    size="xs"
                    variant="light"
                    leftSection={<IconPhotoUp size={14} />}
                    disabled={readOnly || held.guard.blocked}
                    loading={setImage.isPending && setImage.variables.slot === slot}
                  >
                    {t(`certificates.editor.upload.${slot}`)}
                  </Button>
                )}
              </FileButton>
              {present && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  disabled={readOnly || held.guard.blocked}
                  onClick={() => void remove(slot)}
                >
                  {t(`certificates.editor.remove.${slot}`)}
                </Button>
              )}
            </Group>
          </Stack>
        );
      })}
      {readOnly && (
        <Text size="xs" c="dimmed">
          {t('certificates.editor.imagesReadOnly')}
        </Text>
      )}
    </Stack>
  );
}
