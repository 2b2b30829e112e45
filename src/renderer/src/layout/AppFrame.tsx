import { ActionIcon, AppShell, Badge, Group, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useOpenConference } from '../conferences/useOpenConference';
import { DamagedFileAlert } from './DamagedFileAlert';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';

/** Below this window width the sidebar starts as icons, until the person chooses otherwise. */
const NARROW_WINDOW = 1200;

const STORAGE_KEY = 'hoi-nghi.sidebar';

/**
 * Collapsed or not: the person's last choice, remembered on this computer; with no choice yet,
 * collapsed on a narrow window, where the page needs the room more than the labels do.
 */
function useSidebarCollapsed(): [boolean, () => void] {
  const narrow = useMediaQuery(`(max-width: ${NARROW_WINDOW - 1}px)`, window.innerWidth < NARROW_WINDOW, {
    getInitialValueInEffect: false,
  });
  const [choice, setChoice] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));
  const collapsed = choice === null ? narrow : choice === 'collapsed';
  const toggle = () => {
    const next = collapsed ? 'expanded' : 'collapsed';
    localStorage.setItem(STORAGE_KEY, next);
    setChoice(next);
  };
  return [collapsed, toggle];
}

export function AppFrame() {
  const { t } = useTranslation();
  const { conference } = useOpenConference();
  const { pathname } = useLocation();
  const [collapsed, toggleSidebar] = useSidebarCollapsed();
  const toggleLabel = collapsed ? t('nav.expand') : t('nav.collapse');

  // A new page starts at its top: the window keeps the last page's scroll otherwise, cutting the heading.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: collapsed ? 64 : 240, breakpoint: 0 }}
      footer={{ height: 36 }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Tooltip label={toggleLabel} position="bottom-start">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={toggleLabel}
              aria-expanded={!collapsed}
              aria-controls="app-sidebar"
              onClick={toggleSidebar}
            >
              {collapsed ? (
                <IconLayoutSidebarLeftExpand size={20} />
              ) : (
                <IconLayoutSidebarLeftCollapse size={20} />
              )}
            </ActionIcon>
          </Tooltip>
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

      <AppShell.Navbar id="app-sidebar" p="xs" component="nav" aria-label={t('nav.label')}>
        <Sidebar collapsed={collapsed} conferenceOpen={conference !== null} />
      </AppShell.Navbar>

      <AppShell.Main>
        <DamagedFileAlert />
        <Outlet />
      </AppShell.Main>

      <AppShell.Footer>
        <StatusLine />
      </AppShell.Footer>
    </AppShell>
  );
}
