import {
  IconAward,
  IconBuildingCommunity,
  IconCalendarTime,
  IconChartBar,
  IconCertificate,
  IconChecklist,
  IconConfetti,
  IconDatabaseExport,
  IconFileCertificate,
  IconFileExport,
  IconFileTypeDocx,
  IconGavel,
  IconHistory,
  IconId,
  IconListDetails,
  IconPresentation,
  IconSettings,
  IconUserCheck,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface NavEntry {
  to: string;
  /** A key under "nav." in the translations. */
  label: string;
  icon: ReactNode;
  /** Only the exact path counts as this page (the list at "/"). */
  end?: boolean;
  /** Shown only while a conference is open. */
  conference?: boolean;
}

export interface NavGroup {
  /** A key under "nav.groups." in the translations. */
  label: string;
  entries: NavEntry[];
}

const icon = (Icon: typeof IconUsers) => <Icon size={18} aria-hidden />;

/** The sidebar in the order a secretariat works: preparing, deciding, the day itself, then upkeep. */
export const NAV_GROUPS: NavGroup[] = [
  {
    label: 'before',
    entries: [
      { to: '/', label: 'conferences', icon: icon(IconListDetails), end: true },
      { to: '/conference', label: 'current', icon: icon(IconBuildingCommunity), conference: true },
      { to: '/agenda', label: 'agenda', icon: icon(IconCalendarTime), conference: true },
      { to: '/delegates', label: 'delegates', icon: icon(IconId), conference: true },
      { to: '/nominees', label: 'nominees', icon: icon(IconUsers), conference: true },
    ],
  },
  {
    label: 'council',
    entries: [
      { to: '/council', label: 'council', icon: icon(IconUsersGroup), conference: true },
      { to: '/polls', label: 'polls', icon: icon(IconChecklist), conference: true },
      { to: '/decisions', label: 'decisions', icon: icon(IconGavel), conference: true },
      { to: '/dossier', label: 'dossier', icon: icon(IconFileTypeDocx), conference: true },
      { to: '/certificates', label: 'certificates', icon: icon(IconCertificate), conference: true },
      { to: '/exports', label: 'exports', icon: icon(IconFileExport), conference: true },
      { to: '/statistics', label: 'statistics', icon: icon(IconChartBar), conference: true },
    ],
  },
  {
    label: 'day',
    entries: [
      { to: '/checkin', label: 'checkin', icon: icon(IconUserCheck), conference: true },
      { to: '/ceremony', label: 'ceremony', icon: icon(IconConfetti), conference: true },
      { to: '/stage', label: 'stage', icon: icon(IconPresentation), conference: true },
    ],
  },
  {
    label: 'system',
    entries: [
      { to: '/awards', label: 'awards', icon: icon(IconAward) },
      { to: '/templates', label: 'templates', icon: icon(IconFileCertificate) },
      { to: '/backups', label: 'backups', icon: icon(IconDatabaseExport) },
      { to: '/audit', label: 'audit', icon: icon(IconHistory) },
      { to: '/settings', label: 'settings', icon: icon(IconSettings) },
    ],
  },
];
