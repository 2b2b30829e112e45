import { Loader, Modal } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplate } from '../../../shared/certificates';
import { ErrorAlert } from '../components/ErrorAlert';
import { PreviewCanvas } from './PreviewCanvas';
import { bodyOf } from './templateBody';
import { usePreview } from './usePreview';

/** One honoree's certificate as it will print, before printing it. */
export function AwardPreviewModal({
  template,
  award,
  onClose,
}: {
  template: CertificateTemplate | null;
  award: { id: number; fullName: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={award !== null && template !== null}
      onClose={onClose}
      size="xl"
      title={award ? t('certificates.batch.previewTitle', { name: award.fullName }) : ''}
    >
      {award && template && <PreviewBody template={template} awardId={award.id} />}
    </Modal>
  );
}

function PreviewBody({ template, awardId }: { template: CertificateTemplate; awardId: number }) {
  const { t } = useTranslation();
  // A stable body, or the preview would be asked again on every render.
  const body = useMemo(() => bodyOf(template), [template]);
  const { preview, error } = usePreview(body, template.id, awardId);
  if (error) return <ErrorAlert error={error} />;
  if (!preview) return <Loader aria-label={t('common.loading')} />;
  return (
    <PreviewCanvas
      body={body}
      preview={preview}
      background={template.hasBackground ? 'placeholder' : null}
      emblem={template.hasEmblem ? 'placeholder' : null}
      selected={null}
      label={t('certificates.editor.previewLabel')}
    />
  );
}
