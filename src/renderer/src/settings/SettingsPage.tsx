import { Button, Card, Code, Group, Loader, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/fields';
import { LANGUAGES, type Settings } from '../../../shared/settings';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { LogFilesCard } from './LogFilesCard';
import { BaseSalariesCard } from '../money/BaseSalariesCard';

type EditableSettings = Omit<Settings, 'openConferenceId'>;

function SettingsForm({ initial }: { initial: EditableSettings }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useApiMutation('settings.update');
  const form = useForm<EditableSettings>({ mode: 'controlled', initialValues: initial });

  const submit = form.onSubmit(async (values) => {
    // Only what the person changed here: a page opened before another window saved a setting
    // must not write the old value of that setting back.
    const changed = Object.fromEntries(
      (Object.keys(values) as (keyof EditableSettings)[])
        .filter((key) => values[key] !== form.getInitialValues()[key])
        .map((key) => [key, values[key]]),
    ) as Partial<EditableSettings>;
    try {
      await update.mutateAsync(changed);
      form.setInitialValues(values);
      notifications.show({ color: 'green', message: t('settings.saved', { lng: values.language }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Card withBorder>
          <Stack gap={6}>
            <TextInput
              label={t('audit.operatorName')}
              description={t('audit.operatorDescription')}
              placeholder={t('audit.operatorHint')}
              maxLength={LIMITS.shortText}
              {...form.getInputProps('operatorName')}
            />
            {form.values.operatorName.trim() === '' && (
              <Text size="sm" c="orange.8">
                {t('audit.operatorMissing')}
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('settings.organisation')}
            </Title>
            <TextInput
              label={t('settings.organisationName')}
              maxLength={LIMITS.line}
              {...form.getInputProps('organisationName')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.signerTitle')}
                placeholder={t('settings.signerTitleHint')}
                maxLength={LIMITS.line}
                {...form.getInputProps('signerTitle')}
              />
              <TextInput
                label={t('settings.signerName')}
                maxLength={LIMITS.shortText}
                {...form.getInputProps('signerName')}
              />
            </Group>
            <TextInput
              label={t('settings.placeName')}
              maxLength={LIMITS.shortText}
              {...form.getInputProps('placeName')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Radio.Group label={t('settings.language')} {...form.getInputProps('language')}>
            <Group mt="xs">
              {LANGUAGES.map((language) => (
                <Radio
                  key={language}
                  value={language}
                  label={t(`settings.languages.${language}`)}
                  lang={language}
                />
              ))}
            </Group>
          </Radio.Group>
        </Card>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const info = useApiQuery('app.info', {});

  return (
    <Stack gap="md" maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      {settings.error && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isLoading && <Loader aria-label={t('common.loading')} />}
      {settings.data && (
        <SettingsForm
          initial={{
            organisationName: settings.data.organisationName,
            signerTitle: settings.data.signerTitle,
            signerName: settings.data.signerName,
            placeName: settings.data.placeName,
            language: settings.data.language,
            operatorName: settings.data.operatorName,
          }}
        />
      )}
      <BaseSalariesCard />
      {info.data && (
        <Card withBorder>
          <Stack gap={6}>
            <Title order={3} size="h4">
              {t('settings.storage')}
            </Title>
            {info.data.engine === 'postgres' ? (
              <>
                <Text size="sm">
                  {t('settings.serverDatabase')}: <Code>{info.data.databasePath}</Code>
                </Text>
                <Text size="sm">{t('settings.serverBackups')}</Text>
              </>
            ) : (
              <>
                <Text size="sm">
                  {t('settings.databasePath')}: <Code>{info.data.databasePath}</Code>
                </Text>
                <Text size="sm">
                  {t('settings.backupsDir')}: <Code>{info.data.backupsDir}</Code>
                </Text>
              </>
            )}
            <Text size="sm">
              {t('settings.version')}: {info.data.version} ({info.data.schemaVersion})
            </Text>
          </Stack>
        </Card>
      )}
      <LogFilesCard />
    </Stack>
  );
}
