import type { UserRole } from "@/prisma/generated/client/enums";

// The signed-in navigation. A feature adds its entry here when its pages exist.
// `roles` limits an entry to those roles; without it everyone sees it.
export type NavItem = { href: string; label: string; roles?: UserRole[] };

export const APP_NAV: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/analytics", label: "Analytics" },
  { href: "/ai-interview", label: "Mock interview" },
  { href: "/avatar-interview", label: "Video interview" },
  { href: "/interviews", label: "Interviews" },
  { href: "/dsa", label: "DSA practice" },
  { href: "/company-prep", label: "Company prep" },
  { href: "/english", label: "English" },
  { href: "/resume", label: "Resume" },
  { href: "/roadmap", label: "Roadmap" },
  { href: "/resources", label: "Resources" },
  { href: "/sharing", label: "Sharing", roles: ["student"] },
  { href: "/instructor", label: "Students", roles: ["instructor"] },
  { href: "/profile", label: "Profile" },
];
