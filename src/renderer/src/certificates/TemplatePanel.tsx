import { Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_KINDS, PAGE_PRESETS, type PageKind, type TemplateBody } from '../../../shared/certificates';
import { LIMITS } from '../../../shared/fields';

interface Props {
  body: TemplateBody;
  onChange: (update: (body: TemplateBody) => TemplateBody, mergeKey: string) => void;
}

/** What holds for the whole template: name, paper, header, background printing, printer offset. */
export function TemplatePanel({ body, onChange }: Props) {
  const { t } = useTranslation();
  const setPage = (kind: PageKind) =>
    onChange(
      (b) => ({
        ...b,
        page: kind === 'custom' ? { ...b.page, kind } : { kind, ...PAGE_PRESETS[kind] },
      }),
      'page:kind',
    );
  const pageNumber = (key: 'widthMm' | 'heightMm', label: string) => (
    <NumberInput
      label={label}
      value={body.page[key]}
      min={50}
      max={1000}
      step={1}
      decimalScale={1}
      disabled={body.page.kind !== 'custom'}
      onChange={(value) => {
        if (typeof value === 'number')
          onChange((b) => ({ ...b, page: { ...b.page, [key]: value } }), `page:${key}`);
      }}
    />
  );
  const offsetNumber = (key: 'xMm' | 'yMm' | 'scale', label: string) => (
    <NumberInput
      label={label}
      value={body.offset[key]}
      step={key === 'scale' ? 0.01 : 0.5}
      min={key === 'scale' ? 0.5 : -50}
      max={key === 'scale' ? 1.5 : 50}
      decimalScale={key === 'scale' ? 3 : 2}
      onChange={(value) => {
        if (typeof value === 'number')
          onChange((b) => ({ ...b, offset: { ...b.offset, [key]: value } }), `offset:${key}`);
      }}
    />
  );

  return (
    <Stack gap="sm">
      <TextInput
        label={t('certificates.editor.name')}
        maxLength={LIMITS.shortText}
        value={body.name}
        onChange={(event) => {
          const name = event.currentTarget.value;
          onChange((b) => ({ ...b, name }), 'name');
        }}
      />
      <Select
        label={t('certificates.editor.pageKind')}
        data={PAGE_KINDS.map((k) => ({ value: k, label: t(`certificates.pageKinds.${k}`) }))}
        value={body.page.kind}
        allowDeselect={false}
        onChange={(value) => value && setPage(value as PageKind)}
      />
      <SimpleGrid cols={2} spacing="xs">
        {pageNumber('widthMm', t('certificates.editor.pageWidth'))}
        {pageNumber('heightMm', t('certificates.editor.pageHeight'))}
      </SimpleGrid>
      <Select
        label={t('certificates.editor.header')}
        data={[
          { value: 'party', label: t('certificates.editor.headers.party') },
          { value: 'state', label: t('certificates.editor.headers.state') },
        ]}
        value={body.partyHeader ? 'party' : 'state'}
        allowDeselect={false}
        onChange={(value) => onChange((b) => ({ ...b, partyHeader: value === 'party' }), 'partyHeader')}
      />
      <Checkbox
        label={t('certificates.editor.printBackground')}
        description={t('certificates.editor.printBackgroundHint')}
        checked={body.printBackground}
        onChange={(event) => {
          const printBackground = event.currentTarget.checked;
          onChange((b) => ({ ...b, printBackground }), 'printBackground');
        }}
      />
      <Title order={4} size="h6" mt="xs">
        {t('certificates.editor.offsetTitle')}
      </Title>
      <SimpleGrid cols={2} spacing="xs">
        {offsetNumber('xMm', t('certificates.editor.offsetX'))}
        {offsetNumber('yMm', t('certificates.editor.offsetY'))}
        {offsetNumber('scale', t('certificates.editor.scale'))}
      </SimpleGrid>
    </Stack>
  );
}
