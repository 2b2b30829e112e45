import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../shared/backups';

/** The parts of the server's URL that pg_dump and pg_restore take as options. */
function connectionOptions(url: string, database: string): string {
  try {
    const parsed = new URL(url);
    const options = [`-h ${parsed.hostname}`];
    if (parsed.port) options.push(`-p ${parsed.port}`);
    if (parsed.username) options.push(`-U ${decodeURIComponent(parsed.username)}`);
    return `${options.join(' ')} -d ${database}`;
  } catch {
    return `-d ${database}`;
  }
}

/**
 * The backups page on a PostgreSQL server: the app copies nothing itself, so the page shows how
 * the server's administrator backs up and restores, with this database's own options filled in.
 */
export function ServerBackups({ server }: { server: NonNullable<BackupList['server']> }) {
  const { t } = useTranslation();
  const options = connectionOptions(server.url, server.database);
  const file = `hoi-nghi-${new Date().toISOString().slice(0, 10)}.dump`;
  return (
    <Alert color="blue" title={t('backups.server.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('backups.server.where', { url: server.url })}</Text>
        <Text size="sm">{t('backups.server.intro')}</Text>
        <Text size="sm" fw={600}>
          {t('backups.server.dump')}
        </Text>
        <Code block aria-label={t('backups.server.dump')}>{`pg_dump ${options} -Fc -f ${file}`}</Code>
        <Text size="sm" fw={600}>
          {t('backups.server.restore')}
        </Text>
        <Code block aria-label={t('backups.server.restore')}>
          {`pg_restore ${options} --clean --if-exists ${file}`}
        </Code>
        <Text size="sm">{t('backups.server.archive')}</Text>
      </Stack>
    </Alert>
  );
}
