import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import "bootstrap/dist/css/bootstrap.min.css";
import "./globals.css";
import { getUser } from "@/lib/auth/session";
import { SiteNav } from "@/components/layout/site-nav";
import { THEME_COOKIE, THEME_SCRIPT, parseTheme } from "@/components/layout/theme-script";
import { PwaStatus } from "@/components/pwa/pwa-status";

export const metadata: Metadata = {
  title: { default: "Interview Prep", template: "%s · Interview Prep" },
  description: "Practise interviews, track your preparation and get honest feedback.",
  applicationName: "Interview Prep",
  appleWebApp: { capable: true, title: "Interview Prep", statusBarStyle: "default" },
  // Listing icons here replaces the file-based app/icon.svg link, so both are named.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#212529" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  // Set by proxy.ts: the Content-Security-Policy allows inline scripts only with it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const user = await getUser();
  return (
    <html lang="en" data-bs-theme={theme === "system" ? "light" : theme} data-theme-choice={theme} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link btn btn-primary" href="#main">
          Skip to content
        </a>
        <SiteNav user={user} theme={theme} />
        <PwaStatus userId={user?.id ?? null} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="border-top py-3 mt-4">
          <div className="container small text-body-secondary">Interview Prep · practise, track, improve</div>
        </footer>
      </body>
    </html>
  );
}
