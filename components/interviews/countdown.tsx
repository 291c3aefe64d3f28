"use client";
import { useEffect, useState } from "react";
import { browserZone, describeCountdown, utc } from "@/lib/interviews/countdown";
import { useHydrated } from "@/components/interviews/use-hydrated";

/**
 * Time left until an interview. Starts from the server's clock (which tests
 * can move) and keeps ticking from there, so server and browser agree.
 */
export function Countdown({ targetIso, nowIso }: { targetIso: string; nowIso: string }) {
  const hydrated = useHydrated();
  const [skew] = useState(() => Date.parse(nowIso) - Date.now());
  const [ticked, setTicked] = useState<number | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setTicked(Date.now() + skew), 30_000);
    return () => clearInterval(timer);
  }, [skew]);

  const text = describeCountdown(
    new Date(targetIso),
    new Date(ticked ?? Date.parse(nowIso)),
    hydrated ? browserZone : utc,
  );
  if (!text) return null;
  return (
    <span className="badge text-bg-info" data-testid="countdown">
      {text}
    </span>
  );
}
