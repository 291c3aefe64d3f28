"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { isActive, type NavGroup } from "@/components/layout/nav-items";

/**
 * A group of links behind a disclosure button (Bootstrap's dropdown look,
 * without its JavaScript). Closes on Escape, on a click elsewhere and on
 * navigation; in the collapsed phone menu it opens in place.
 */
export function NavMenu({ group }: { group: NavGroup }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [lastPath, setLastPath] = useState(pathname);
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (pathname !== lastPath) {
    setLastPath(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const current = group.items.some((item) => isActive(pathname, item.href));
  return (
    <li className="nav-item dropdown" ref={root}>
      <button
        ref={button}
        type="button"
        className={`nav-link dropdown-toggle${current ? " active" : ""}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {group.label}
      </button>
      <ul className={`dropdown-menu${open ? " show" : ""}`} id={id}>
        {group.items.map((item) => {
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href}>
              <Link className={`dropdown-item${active ? " active" : ""}`} aria-current={active ? "page" : undefined} href={item.href}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
