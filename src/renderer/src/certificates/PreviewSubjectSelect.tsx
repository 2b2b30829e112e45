import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenConference } from '../conferences/useOpenConference';
import { useConferenceAwards } from './useConferenceAwards';

const SAMPLE = 'sample';

/**
 * Whose text the preview shows: a real honoree, the sample honoree under one of the conference's
 * decisions (its number, date and signer), or the sample alone. Until someone chooses, the newest
 * decision is used: the signer on screen is then the one who will sign.
 */
export function usePreviewSubject() {
  const { t } = useTranslation();
  const { id } = useOpenConference();
  const { decisions, awards } = useConferenceAwards(id);
  const [chosen, setChosen] = useState<string | null>(null);
  const options = [
    ...decisions.map((d) => ({
      value: `d:${d.id}`,
      label: t('certificates.editor.sampleUnder', { number: d.number }),
    })),
    { value: SAMPLE, label: t('certificates.editor.sample') },
    ...awards.map((a) => ({
      value: `a:${a.id}`,
      label: `${a.fullName} – ${a.awardFormName} (${a.decisionNumber})`,
    })),
  ];
  // A choice whose decision or award has since been deleted falls back like no choice at all.
  const fallback = decisions[0] ? `d:${decisions[0].id}` : SAMPLE;
  const value = chosen !== null && options.some((o) => o.value === chosen) ? chosen : fallback;
  const [kind, raw] = value.split(':');
  return {
    value,
    options,
    choose: setChosen,
    awardId: kind === 'a' ? Number(raw) : null,
    decisionId: kind === 'd' ? Number(raw) : null,
  };
}

export function PreviewSubjectSelect({ subject }: { subject: ReturnType<typeof usePreviewSubject> }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('certificates.editor.previewWith')}
      data={subject.options}
      value={subject.value}
      onChange={(next) => subject.choose(next)}
      allowDeselect={false}
      searchable
      w="100%"
      maw={420}
      nothingFoundMessage={t('certificates.noMatch')}
    />
  );
}
