import {
  Alert,
  Checkbox,
  ColorInput,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FONT_KEYS, type FontKey, type TemplateField } from '../../../shared/certificates';
import { LIMITS } from '../../../shared/fields';

/** Fields whose fixed text prints ("TẶNG") or comes before the value ("Số: "). */
const HAS_TEXT = new Set<TemplateField['key']>(['tang', 'registerNumber']);

type NumberKey = 'x' | 'y' | 'width' | 'height' | 'size' | 'minSize';

interface Props {
  field: TemplateField;
  pageWidth: number;
  pageHeight: number;
  overflows: boolean;
  onChange: (patch: Partial<TemplateField>, mergeKey: string) => void;
}

/** The selected field's numbers: box in millimetres, font and size in points, colour, alignment. */
export function FieldPanel({ field, pageWidth, pageHeight, overflows, onChange }: Props) {
  const { t } = useTranslation();
  const outside =
    field.x < 0 || field.y < 0 || field.x + field.width > pageWidth || field.y + field.height > pageHeight;

  const number = (key: NumberKey, label: string, min: number) => (
    <NumberInput
      label={label}
      value={field[key]}
      step={key === 'size' || key === 'minSize' ? 1 : 0.5}
      decimalScale={2}
      min={min}
      max={2000}
      onChange={(value) => {
        // A half-typed number ("", "-") waits until it is a number.
        if (typeof value === 'number') onChange({ [key]: value }, `${field.key}:${key}`);
      }}
    />
  );

  return (
    <Stack gap="sm">
      <Checkbox
        label={t('certificates.editor.enabled')}
        checked={field.enabled}
        onChange={(event) => onChange({ enabled: event.currentTarget.checked }, `${field.key}:enabled`)}
      />
      {overflows && (
        <Alert color="red" py="xs" role="alert">
          {t('certificates.editor.overflowWarning')}
        </Alert>
      )}
      {outside && (
        <Alert color="orange" py="xs" role="alert">
          {t('certificates.editor.outsideWarning')}
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="xs">
        {number('x', t('certificates.editor.x'), -2000)}
        {number('y', t('certificates.editor.y'), -2000)}
        {number('width', t('certificates.editor.width'), 0.5)}
        {number('height', t('certificates.editor.height'), 0.5)}
      </SimpleGrid>
      {field.key !== 'emblem' && (
        <>
          <Select
            label={t('certificates.editor.font')}
            data={FONT_KEYS.map((f) => ({ value: f, label: t(`certificates.fonts.${f}`) }))}
            value={field.font}
            allowDeselect={false}
            onChange={(value) => value && onChange({ font: value as FontKey }, `${field.key}:font`)}
          />
          <SimpleGrid cols={2} spacing="xs">
            {number('size', t('certificates.editor.size'), 1)}
            {number('minSize', t('certificates.editor.minSize'), 1)}
          </SimpleGrid>
          <ColorInput
            label={t('certificates.editor.color')}
            format="hex"
            value={field.color}
            swatches={['#000000', '#c92a2a', '#1864ab', '#5c3c00']}
            onChange={(value) => {
              if (/^#[0-9a-fA-F]{6}$/.test(value)) onChange({ color: value }, `${field.key}:color`);
            }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`align-${field.key}`}>
              {t('certificates.editor.align')}
            </Text>
            <SegmentedControl
              aria-labelledby={`align-${field.key}`}
              data={(['left', 'center', 'right'] as const).map((a) => ({
                value: a,
                label: t(`certificates.editor.aligns.${a}`),
              }))}
              value={field.align}
              onChange={(value) => onChange({ align: value as TemplateField['align'] }, `${field.key}:align`)}
            />
          </Stack>
          <Group>
            <Checkbox
              label={t('certificates.editor.uppercase')}
              checked={field.uppercase}
              onChange={(event) =>
                onChange({ uppercase: event.currentTarget.checked }, `${field.key}:uppercase`)
              }
            />
          </Group>
        </>
      )}
      {HAS_TEXT.has(field.key) && (
        <TextInput
          label={t('certificates.editor.fixedText')}
          description={t(`certificates.editor.fixedTextHint.${field.key === 'tang' ? 'tang' : 'prefix'}`)}
          maxLength={LIMITS.line}
          value={field.text}
          onChange={(event) => onChange({ text: event.currentTarget.value }, `${field.key}:text`)}
        />
      )}
    </Stack>
  );
}
