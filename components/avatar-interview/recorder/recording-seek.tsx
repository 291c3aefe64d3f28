"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { formatTimestamp } from "@/lib/sharing/schema";

// Lets a moment named elsewhere on the page (an instructor's comment at 1:10,
// "answer 2 starts at 0:45") move the recording's player there. The player
// registers itself; a moment is a button only while a player is on the page,
// and plain text otherwise (a text session, a session without video).

type Seek = (ms: number) => void;
type SeekContextValue = { seek: Seek | null; register: (seek: Seek | null) => void };

const SeekContext = createContext<SeekContextValue | null>(null);

/** Wrap the recording player and everything that names moments of it. */
export function RecordingSeekProvider({ children }: { children: React.ReactNode }) {
  const [seek, setSeek] = useState<Seek | null>(null);
  // A function held in state must be set through an updater, or React would call it.
  const register = useCallback((next: Seek | null) => setSeek(() => next), []);
  const value = useMemo(() => ({ seek, register }), [seek, register]);
  return <SeekContext.Provider value={value}>{children}</SeekContext.Provider>;
}

/** For the player: offers `seek` to the page while it is mounted and ready. */
export function useRegisterSeek(seek: Seek | null): void {
  const context = useContext(SeekContext);
  const register = context?.register;
  useEffect(() => {
    if (!register || !seek) return;
    register(seek);
    return () => register(null);
  }, [register, seek]);
}

/**
 * A moment of the recording, `m:ss`. With a player on the page it is a button
 * (so Tab, Enter and Space reach it) that plays the recording from there.
 */
export function SeekTo({ ms }: { ms: number }) {
  const seek = useContext(SeekContext)?.seek;
  const label = formatTimestamp(ms);
  const time = <time dateTime={`PT${Math.floor(ms / 1000)}S`}>{label}</time>;
  if (!seek) return time;
  return (
    <button
      type="button"
      className="btn btn-link p-0 align-baseline"
      style={{ fontSize: "inherit" }}
      aria-label={`Play the recording from ${label}`}
      data-testid="seek-to"
      onClick={() => seek(ms)}
    >
      {time}
    </button>
  );
}
