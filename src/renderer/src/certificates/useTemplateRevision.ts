import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { CertificateTemplate, TemplateBody } from '../../../shared/certificates';
import {
  latestDifferences,
  useRecordGuard,
  type LatestValue,
  type RecordGuard,
} from '../components/RecordGuard';

export interface TemplateRevision {
  /** The revision the editor's work is based on: what every save and image change sends. */
  revision: number;
  guard: RecordGuard;
  /** A write of this editor went through: the next one is based on the record it returned. */
  wrote: (template: CertificateTemplate) => void;
}

/**
 * The editor's hold on its template. The record on screen refreshes whenever any window changes
 * it, so the revision to send cannot be read from it: the editor keeps the one it opened (then
 * those of its own writes), and only takes the latest after a refusal or a restore has been shown,
 * when saving over the other window's change is a deliberate choice.
 */
export function useTemplateRevision(
  initial: CertificateTemplate,
  reload: () => Promise<{ data?: CertificateTemplate }>,
): TemplateRevision {
  const [revision, setRevision] = useState(initial.revision);
  // The editor stays open after a save, unlike a dialog: a refusal it has since saved over is over.
  const [settled, setSettled] = useState<ApiError | null>(null);
  const recordGuard = useRecordGuard(
    useCallback(async () => {
      const latest = await reload();
      if (latest.data) setRevision(latest.data.revision);
    }, [reload]),
  );
  const { conflict } = recordGuard;
  const wrote = useCallback(
    (template: CertificateTemplate) => {
      setRevision(template.revision);
      setSettled(conflict);
    },
    [conflict],
  );
  const guard = { ...recordGuard, conflict: conflict === settled ? null : conflict };
  return { revision, guard, wrote };
}

/**
 * What the latest copy has that the editor does not show, for the conflict notice: the template's
 * settings one by one, and the fields whose box or lettering differ, by name.
 */
export function useTemplateDifferences(
  body: TemplateBody,
  latest: CertificateTemplate | null,
): LatestValue[] {
  const { t } = useTranslation();
  if (!latest) return [];
  const describe = (b: TemplateBody) => ({
    name: b.name,
    page: t('certificates.templates.pageSize', { width: b.page.widthMm, height: b.page.heightMm }),
    header: b.partyHeader ? t('certificates.editor.headers.party') : t('certificates.editor.headers.state'),
    printBackground: b.printBackground ? t('certificates.editor.yes') : t('certificates.editor.no'),
    offset: t('certificates.editor.offsetValue', { x: b.offset.xMm, y: b.offset.yMm, scale: b.offset.scale }),
  });
  const settings = latestDifferences(describe(body), describe(latest), {
    name: t('certificates.editor.name'),
    page: t('certificates.editor.pageKind'),
    header: t('certificates.editor.header'),
    printBackground: t('certificates.editor.printBackground'),
    offset: t('certificates.editor.offsetTitle'),
  });
  const shown = new Map(body.fields.map((f) => [f.key, JSON.stringify(f)]));
  const moved = latest.fields
    .filter((f) => shown.get(f.key) !== JSON.stringify(f))
    .map((f) => t(`certificates.fields.${f.key}`));
  if (moved.length === 0) return settings;
  return [...settings, { label: t('certificates.editor.changedFields'), value: moved.join(', ') }];
}
