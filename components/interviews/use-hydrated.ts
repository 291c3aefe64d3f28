import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False while rendering on the server and hydrating, true after. Lets a
 * component show times in the browser's zone without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
