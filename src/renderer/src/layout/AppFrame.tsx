import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import {
  IconAward,
  IconBuildingCommunity,
  IconCalendarTime,
  IconConfetti,
  IconDatabaseExport,
  IconHistory,
  IconId,
  IconPresentation,
  IconUserCheck,
  IconChartBar,
  IconCertificate,
  IconChecklist,
  IconFileCertificate,
  IconGavel,
  IconFileExport,
  IconListDetails,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useOpenConference } from '../conferences/useOpenConference';
import { StatusLine } from './StatusLine';

export function AppFrame() {
  const { t } = useTranslation();
  const { conference } = useOpenConference();
  const { pathname } = useLocation();
  const isActive = (to: string, end: boolean) => pathname === to || (!end && pathname.startsWith(`${to}/`));

  const links = [
    { to: '/', label: t('nav.conferences'), icon: <IconListDetails size={18} />, end: true },
    ...(conference
      ? [
          {
            to: '/conference',
            label: t('nav.current'),
            icon: <IconBuildingCommunity size={18} />,
            end: false,
          },
          { to: '/agenda', label: t('nav.agenda'), icon: <IconCalendarTime size={18} />, end: false },
          { to: '/delegates', label: t('nav.delegates'), icon: <IconId size={18} />, end: false },
          { to: '/checkin', label: t('nav.checkin'), icon: <IconUserCheck size={18} />, end: false },
          { to: '/nominees', label: t('nav.nominees'), icon: <IconUsers size={18} />, end: false },
          { to: '/council', label: t('nav.council'), icon: <IconUsersGroup size={18} />, end: false },
          { to: '/polls', label: t('nav.polls'), icon: <IconChecklist size={18} />, end: false },
          { to: '/decisions', label: t('nav.decisions'), icon: <IconGavel size={18} />, end: false },
          {
            to: '/certificates',
            label: t('nav.certificates'),
            icon: <IconCertificate size={18} />,
            end: false,
          },
          { to: '/exports', label: t('nav.exports'), icon: <IconFileExport size={18} />, end: false },
          { to: '/statistics', label: t('nav.statistics'), icon: <IconChartBar size={18} />, end: false },
          { to: '/ceremony', label: t('nav.ceremony'), icon: <IconConfetti size={18} />, end: false },
          { to: '/stage', label: t('nav.stage'), icon: <IconPresentation size={18} />, end: false },
        ]
      : []),
    { to: '/awards', label: t('nav.awards'), icon: <IconAward size={18} />, end: false },
    { to: '/templates', label: t('nav.templates'), icon: <IconFileCertificate size={18} />, end: false },
    { to: '/backups', label: t('nav.backups'), icon: <IconDatabaseExport size={18} />, end: false },
    { to: '/audit', label: t('nav.audit'), icon: <IconHistory size={18} />, end: false },
    { to: '/settings', label: t('nav.settings'), icon: <IconSettings size={18} />, end: false },
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 0 }}
      footer={{ height: 36 }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Title order={1} size="h4" c="red.8">
            {t('app.name')}
          </Title>
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }} aria-label={t('app.openConference')}>
            {conference ? (
              <>
                <Badge variant="light" color="gray">
                  {t('app.openConference')}
                </Badge>
                <Text fw={500} truncate data-testid="open-conference-title">
                  {conference.title}
                </Text>
              </>
            ) : (
              <Text c="dimmed">{t('app.noOpenConference')}</Text>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {/* The list is longer than a 768-pixel screen: it scrolls instead of running under the footer. */}
        <AppShell.Section grow component={ScrollArea}>
          {links.map((link) => (
            <NavLink
              key={link.to}
              component={Link}
              to={link.to}
              active={isActive(link.to, link.end)}
              aria-current={isActive(link.to, link.end) ? 'page' : undefined}
              label={link.label}
              leftSection={link.icon}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>

      <AppShell.Footer>
        <StatusLine />
      </AppShell.Footer>
    </AppShell>
  );
}
