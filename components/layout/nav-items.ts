// The signed-in navigation. A feature adds its entry here when its pages exist.
export const APP_NAV: { href: string; label: string }[] = [
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
  { href: "/profile", label: "Profile" },
];
