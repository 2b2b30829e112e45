import { Divider, NavLink, ScrollArea, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_GROUPS, type NavEntry } from './navGroups';
import classes from './Sidebar.module.css';

function Entry({ entry, collapsed }: { entry: NavEntry; collapsed: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = pathname === entry.to || (!entry.end && pathname.startsWith(`${entry.to}/`));
  const label = t(`nav.${entry.label}`);
  return (
    // Icons alone are not enough to find a page by: the name shows beside the icon on hover and focus.
    <Tooltip label={label} position="right" disabled={!collapsed} withArrow openDelay={150}>
      <NavLink
        component={Link}
        to={entry.to}
        active={active}
        aria-current={active ? 'page' : undefined}
        aria-label={collapsed ? label : undefined}
        label={collapsed ? null : label}
        leftSection={entry.icon}
        className={collapsed ? classes.iconOnly : classes.link}
      />
    </Tooltip>
  );
}

/** The grouped page list; collapsed, only icons, each still named for screen readers and tooltips. */
export function Sidebar({ collapsed, conferenceOpen }: { collapsed: boolean; conferenceOpen: boolean }) {
  const { t } = useTranslation();
  return (
    // The list is longer than a 768-pixel screen: it scrolls instead of running under the footer.
    <ScrollArea type="hover" scrollbarSize={6} className={classes.scroll}>
      <Stack gap={4}>
        {NAV_GROUPS.map((group) => {
          const entries = group.entries.filter((entry) => conferenceOpen || !entry.conference);
          if (entries.length === 0) return null;
          const id = `nav-group-${group.label}`;
          const label = t(`nav.groups.${group.label}`);
          return (
            <div key={group.label} role="group" aria-labelledby={id}>
              {collapsed ? (
                <>
                  <Divider my={4} />
                  <VisuallyHidden id={id}>{label}</VisuallyHidden>
                </>
              ) : (
                <Text id={id} className={classes.groupLabel}>
                  {label}
                </Text>
              )}
              {entries.map((entry) => (
                <Entry key={entry.to} entry={entry} collapsed={collapsed} />
              ))}
            </div>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
