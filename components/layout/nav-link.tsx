"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive } from "@/components/layout/nav-items";

export function NavLink({ href, children }: { href: string; children: string }) {
  const pathname = usePathname();
  const active = isActive(pathname, href);
  return (
    <li className="nav-item">
      <Link className={`nav-link${active ? " active" : ""}`} aria-current={active ? "page" : undefined} href={href}>
        {children}
      </Link>
    </li>
  );
}
