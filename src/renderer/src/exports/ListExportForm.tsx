import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  LIST_ORDERS,
  listOptionsRecord,
  NUMBERINGS,
  type ExportFormat,
  type ListOptions,
  type ListOrder,
  type Numbering,
} from '../../../shared/exports';
import { LIMITS } from '../../../shared/fields';
import {
  NOMINEE_KINDS,
  NOMINEE_STATUSES,
  type NomineeKind,
  type NomineeStatus,
} from '../../../shared/nominees';
import { useApiQuery } from '../api/hooks';
import { fieldErrors, zodIssues } from '../components/fieldErrors';
import { parseTypedDate } from '../conferences/formValues';
import { ColumnPicker } from './ColumnPicker';

interface Props {
  initialValues: ListOptions;
  busy: ExportFormat | null;
  onExport: (format: ExportFormat, options: ListOptions, fileName: string) => void;
}

type Values = ListOptions & { fileName: string };

/** The honoree list's options: who, how it is laid out, and what the document says. */
export function ListExportForm({ initialValues, busy, onExport }: Props) {
  const { t } = useTranslation();
  const awards = useApiQuery('awards.list', { includeInactive: true });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ...initialValues, fileName: '' },
    // The core's schema, so mistakes show under the fields before anything is written.
    validate: ({ fileName: _fileName, ...options }) => {
      const result = listOptionsRecord.safeParse(options);
      return result.success ? {} : fieldErrors(zodIssues(result.error), t, (path) => path as keyof Values);
    },
  });

  const submit = (format: ExportFormat) =>
    form.onSubmit(({ fileName, ...options }) => onExport(format, options, fileName))();

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate>
      <Stack gap="md">
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('exports.selection')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Checkbox.Group
              label={t('exports.statuses')}
              description={t('exports.statusesHint')}
              value={form.values.statuses}
              onChange={(value) => form.setFieldValue('statuses', value as NomineeStatus[])}
              error={form.errors.statuses}
            >
              <Stack gap={6} mt="xs">
                {NOMINEE_STATUSES.map((status) => (
                  <Checkbox key={status} value={status} label={t(`nominees.statuses.${status}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('exports.kinds')}
              description={t('exports.kindsHint')}
              value={form.values.kinds}
              onChange={(value) => form.setFieldValue('kinds', value as NomineeKind[])}
            >
              <Stack gap={6} mt="xs">
                {NOMINEE_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={t(`nominees.kinds.${kind}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <MultiSelect
              label={t('exports.awardForms')}
              description={t('exports.awardFormsHint')}
              data={(awards.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
              value={form.values.awardFormIds.map(String)}
              onChange={(value) => form.setFieldValue('awardFormIds', value.map(Number))}
              clearable
              searchable
            />
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('exports.layout')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="md">
              <Checkbox
                label={t('exports.groupByAwardForm')}
                {...form.getInputProps('groupByAwardForm', { type: 'checkbox' })}
              />
              <Radio.Group
                label={t('exports.numbering')}
                value={form.values.numbering}
                onChange={(value) => form.setFieldValue('numbering', value as Numbering)}
              >
                <Group mt="xs">
                  {NUMBERINGS.map((n) => (
                    <Radio key={n} value={n} label={t(`exports.numberings.${n}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Select
                label={t('exports.order')}
                data={LIST_ORDERS.map((o) => ({ value: o, label: t(`exports.orders.${o}`) }))}
                value={form.values.order}
                onChange={(value) => form.setFieldValue('order', (value ?? 'entry') as ListOrder)}
                allowDeselect={false}
              />
              <Checkbox
                label={t('exports.withHonorific')}
                {...form.getInputProps('withHonorific', { type: 'checkbox' })}
              />
            </Stack>
            <ColumnPicker
              value={form.values.columns}
              onChange={(columns) => form.setFieldValue('columns', columns)}
              error={typeof form.errors.columns === 'string' ? form.errors.columns : undefined}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('exports.texts')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('exports.listTitle')}
              description={t('exports.listTitleHint')}
              maxLength={LIMITS.line}
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                label={t('exports.decisionNumber')}
                placeholder={t('exports.decisionNumberHint')}
                maxLength={LIMITS.shortText}
                {...form.getInputProps('decisionNumber')}
              />
              <DateInput
                label={t('exports.decisionDate')}
                placeholder="dd/mm/yyyy"
                valueFormat="DD/MM/YYYY"
                dateParser={parseTypedDate}
                clearable
                value={form.values.decisionDate || null}
                onChange={(value) => form.setFieldValue('decisionDate', value ?? '')}
                error={form.errors.decisionDate}
              />
              <TextInput
                label={t('exports.decisionIssuer')}
                maxLength={LIMITS.line}
                {...form.getInputProps('decisionIssuer')}
              />
              <TextInput
                label={t('exports.signerCapacity')}
                placeholder={t('exports.signerCapacityHint')}
                maxLength={LIMITS.shortText}
                {...form.getInputProps('signerCapacity')}
              />
              <TextInput
                label={t('exports.signerTitle')}
                maxLength={LIMITS.shortText}
                {...form.getInputProps('signerTitle')}
              />
              <TextInput
                label={t('exports.signerName')}
                maxLength={LIMITS.shortText}
                {...form.getInputProps('signerName')}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Group align="flex-end">
          <TextInput
            label={t('exports.fileName')}
            description={t('exports.fileNameHint')}
            maxLength={LIMITS.shortText}
            w={420}
            {...form.getInputProps('fileName')}
          />
          <Button
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={busy === 'xlsx'}
            disabled={busy !== null}
            onClick={() => submit('xlsx')}
          >
            {t('exports.exportExcel')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={16} />}
            loading={busy === 'pdf'}
            disabled={busy !== null}
            onClick={() => submit('pdf')}
          >
            {t('exports.exportPdf')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
