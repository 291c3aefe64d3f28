import type { UserRole } from "@/prisma/generated/client/enums";
import { PAGES, type AppPage } from "@/lib/pages";

// The signed-in navigation, built from the one page list (lib/pages.ts): a page with a `nav`
// entry appears here. `roles` limits an entry to those roles; without it everyone sees it.
// Related pages sit in a group (a menu), so the bar stays one line on a laptop.
export type NavItem = { href: string; label: string; roles?: readonly UserRole[] };
export type NavGroup = { label: string; items: NavItem[] };
export type NavEntry = NavItem | NavGroup;

function buildNav(pages: readonly AppPage[]): NavEntry[] {
  const entries: NavEntry[] = [];
  const groups = new Map<string, NavGroup>();
  for (const { path, roles, nav } of pages) {
    if (!nav) continue;
    const item: NavItem = roles ? { href: path, label: nav.label, roles } : { href: path, label: nav.label };
    if (!nav.group) {
      entries.push(item);
      continue;
    }
    const group = groups.get(nav.group);
    if (group) group.items.push(item);
    else {
      const created = { label: nav.group, items: [item] };
      groups.set(nav.group, created);
      entries.push(created);
    }
  }
  return entries;
}

export const APP_NAV: readonly NavEntry[] = buildNav(PAGES);

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
