import type { UserRole } from "@/prisma/generated/client/enums";

// The signed-in navigation. A feature adds its entry here when its pages exist.
// `roles` limits an entry to those roles; without it everyone sees it. Related
// pages sit in a group (a menu), so the bar stays one line on a laptop.
export type NavItem = { href: string; label: string; roles?: UserRole[] };
export type NavGroup = { label: string; items: NavItem[] };
export type NavEntry = NavItem | NavGroup;

export const APP_NAV: NavEntry[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/analytics", label: "Analytics" },
  {
    label: "Practice",
    items: [
      { href: "/ai-interview", label: "Mock interview" },
      { href: "/avatar-interview", label: "Video interview" },
      { href: "/dsa", label: "DSA practice" },
      { href: "/english", label: "English" },
    ],
  },
  {
    label: "Prepare",
    items: [
      { href: "/interviews", label: "Interviews" },
      { href: "/company-prep", label: "Company prep" },
      { href: "/resume", label: "Resume" },
      { href: "/roadmap", label: "Roadmap" },
      { href: "/resources", label: "Resources" },
    ],
  },
  { href: "/sharing", label: "Sharing", roles: ["student"] },
  { href: "/instructor", label: "Students", roles: ["instructor"] },
  { href: "/profile", label: "Profile" },
];

export function isGroup(entry: NavEntry): entry is NavGroup {
  return "items" in entry;
}

/** The entries a user of this role sees; a group left empty disappears. */
export function navFor(role: UserRole): NavEntry[] {
  const allowed = (item: NavItem) => !item.roles || item.roles.includes(role);
  return APP_NAV.flatMap((entry): NavEntry[] => {
    if (!isGroup(entry)) return allowed(entry) ? [entry] : [];
    const items = entry.items.filter(allowed);
    return items.length > 0 ? [{ ...entry, items }] : [];
  });
}

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
