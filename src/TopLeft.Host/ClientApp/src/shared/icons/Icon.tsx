import type { ReactElement, SVGProps } from 'react';

/* A small, hand-drawn 20×20 stroke icon set: only what the app uses. */
const paths = {
  board: (
    <>
      <rect x="3" y="3.5" width="14" height="13" rx="2.5" />
      <path d="M7.5 3.5v13M12.5 3.5v13" />
    </>
  ),
  users: (
    <>
      <circle cx="8" cy="7" r="3" />
      <path d="M2.5 16.5c.6-2.9 2.8-4.5 5.5-4.5s4.9 1.6 5.5 4.5" />
      <path d="M13 4.3a3 3 0 0 1 0 5.4M15 12.4c1.3.6 2.2 2 2.5 4.1" />
    </>
  ),
  key: (
    <>
      <circle cx="7" cy="13" r="3.5" />
      <path d="M9.5 10.5 16.5 3.5M13.5 6.5l2 2M15 5l1.5 1.5" />
    </>
  ),
  card: (
    <>
      <rect x="2.5" y="4.5" width="15" height="11" rx="2" />
      <path d="M2.5 8h15M5.5 12.5h3" />
    </>
  ),
  plug: (
    <>
      <path d="M7 2.5v4M13 2.5v4" />
      <path d="M4.5 6.5h11v2.5a5.5 5.5 0 0 1-11 0z" />
      <path d="M10 14.5v3" />
    </>
  ),
  sync: (
    <>
      <path d="M16 8.5A6 6 0 0 0 5 6.2L3.5 8" />
      <path d="M3.5 4v4h4" />
      <path d="M4 11.5a6 6 0 0 0 11 2.3l1.5-1.8" />
      <path d="M16.5 16v-4h-4" />
    </>
  ),
  globe: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M3 10h14M10 3c2 2 2.8 4.3 2.8 7s-.8 5-2.8 7c-2-2-2.8-4.3-2.8-7S8 5 10 3z" />
    </>
  ),
  palette: (
    <>
      <path d="M10 3a7 7 0 0 0 0 14c1 0 1.5-.6 1.5-1.4 0-1.2-1-1.6-1-2.6s.8-1.5 1.8-1.5H14a3 3 0 0 0 3-3C17 5.5 13.9 3 10 3z" />
      <circle cx="6.5" cy="9" r=".9" fill="currentColor" />
      <circle cx="9" cy="6.2" r=".9" fill="currentColor" />
      <circle cx="12.5" cy="6.8" r=".9" fill="currentColor" />
    </>
  ),
  list: (
    <>
      <path d="M7 5.5h10M7 10h10M7 14.5h10" />
      <circle cx="3.8" cy="5.5" r=".8" fill="currentColor" />
      <circle cx="3.8" cy="10" r=".8" fill="currentColor" />
      <circle cx="3.8" cy="14.5" r=".8" fill="currentColor" />
    </>
  ),
  gear: (
    <>
      <circle cx="10" cy="10" r="2.5" />
      <path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4" />
    </>
  ),
  home: (
    <>
      <path d="M3 9 10 3.5 17 9" />
      <path d="M5 7.5v9h10v-9" />
    </>
  ),
  chevronDown: <path d="m5.5 8 4.5 4.5L14.5 8" />,
  chevronRight: <path d="m8 5.5 4.5 4.5L8 14.5" />,
  close: <path d="M5 5l10 10M15 5 5 15" />,
  check: <path d="m4.5 10.5 3.5 3.5 7.5-8" />,
  alert: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6.5v4.5" />
      <circle cx="10" cy="13.7" r=".9" fill="currentColor" />
    </>
  ),
  info: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 9v4.5" />
      <circle cx="10" cy="6.5" r=".9" fill="currentColor" />
    </>
  ),
  lock: (
    <>
      <rect x="4" y="8.5" width="12" height="8.5" rx="2" />
      <path d="M6.5 8.5V6.5a3.5 3.5 0 0 1 7 0v2" />
    </>
  ),
  logout: (
    <>
      <path d="M8 3.5H5a1.5 1.5 0 0 0-1.5 1.5v10A1.5 1.5 0 0 0 5 16.5h3" />
      <path d="M12 6.5 15.5 10 12 13.5M15.5 10H8" />
    </>
  ),
  menu: <path d="M3.5 5.5h13M3.5 10h13M3.5 14.5h13" />,
  plus: <path d="M10 4v12M4 10h12" />,
  sparkle: <path d="M10 3c.6 3.4 1.6 4.4 5 5-3.4.6-4.4 1.6-5 5-.6-3.4-1.6-4.4-5-5 3.4-.6 4.4-1.6 5-5zM15.5 13.5c.3 1.3.7 1.7 2 2-1.3.3-1.7.7-2 2-.3-1.3-.7-1.7-2-2 1.3-.3 1.7-.7 2-2z" />,
  shield: (
    <>
      <path d="M10 2.8 4 5v4.5c0 3.7 2.5 6.4 6 7.7 3.5-1.3 6-4 6-7.7V5z" />
      <path d="m7.5 10 1.8 1.8 3.4-3.6" />
    </>
  ),
  clock: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6v4l2.5 2" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof paths;

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  name: IconName;
  size?: number;
  /** When set, the icon is announced; otherwise it is decorative. */
  label?: string;
}

export function Icon({ name, size = 18, label, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={label ? undefined : true}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
      {...rest}
    >
      {paths[name]}
    </svg>
  );
}
