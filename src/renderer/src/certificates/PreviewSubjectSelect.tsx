import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpenConference } from '../conferences/useOpenConference';
import { useConferenceAwards } from './useConferenceAwards';

const SAMPLE = 'sample';

/** Whose text the preview shows: a sample, or a real honoree of the open conference. */
export function PreviewSubjectSelect({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (awardId: number | null) => void;
}) {
  const { t } = useTranslation();
  const { id } = useOpenConference();
  const { awards } = useConferenceAwards(id);
  const data = [
    { value: SAMPLE, label: t('certificates.editor.sample') },
    ...awards.map((a) => ({
      value: String(a.id),
      label: `${a.fullName} – ${a.awardFormName} (${a.decisionNumber})`,
    })),
  ];
  return (
    <Select
      label={t('certificates.editor.previewWith')}
      data={data}
      value={value === null ? SAMPLE : String(value)}
      onChange={(next) => onChange(!next || next === SAMPLE ? null : Number(next))}
      allowDeselect={false}
      searchable
      w={420}
      nothingFoundMessage={t('certificates.noMatch')}
    />
  );
}
