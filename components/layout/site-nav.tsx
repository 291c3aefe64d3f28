import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { NavCollapse } from "@/components/layout/nav-collapse";
import { NavLink } from "@/components/layout/nav-link";
import { isGroup, navFor } from "@/components/layout/nav-items";
import { NavMenu } from "@/components/layout/nav-menu";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import type { ThemeChoice } from "@/components/layout/theme-script";
import { UserPhoto } from "@/components/ui/user-photo";

export function SiteNav({ user, theme }: { user: SessionUser | null; theme: ThemeChoice }) {
  return (
    <nav className="navbar navbar-expand-xl border-bottom bg-body-tertiary" aria-label="Main">
      <div className="container">
        <Link className="navbar-brand fw-semibold" href={user ? "/dashboard" : "/"}>
          Interview Prep
        </Link>
        <NavCollapse>
          <ul className="navbar-nav me-auto mb-2 mb-xl-0">
            {user
              ? navFor(user.role).map((entry) =>
                  isGroup(entry) ? (
                    <NavMenu key={entry.label} group={entry} />
                  ) : (
                    <NavLink key={entry.href} href={entry.href}>
                      {entry.label}
                    </NavLink>
                  ),
                )
              : null}
          </ul>
          <div className="d-flex flex-wrap align-items-center gap-2 pb-2 pb-xl-0">
            <ThemeToggle initial={theme} />
            {user ? (
              <>
                <Link href="/profile" className="d-inline-flex align-items-center gap-2 text-decoration-none">
                  <UserPhoto photoKey={user.profilePhoto} name={user.name} />
                  <span className="text-body" data-testid="nav-user-name">{user.name}</span>
                </Link>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link className="btn btn-outline-primary btn-sm" href="/login">
                  Log in
                </Link>
                <Link className="btn btn-primary btn-sm" href="/register">
                  Create account
                </Link>
              </>
            )}
          </div>
        </NavCollapse>
      </div>
    </nav>
  );
}
