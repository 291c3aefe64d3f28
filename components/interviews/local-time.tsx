"use client";
import { useHydrated } from "@/components/interviews/use-hydrated";

const UTC_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A date and time in the reader's own zone; UTC (labelled) until the browser takes over. */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? date.toLocaleString(undefined, dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" })
    : `${UTC_FORMAT.format(date)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
