import { useEffect, useRef, useState } from 'preact/hooks';

/** How often the queue is asked again (a bodyless 304 while nothing changed). */
const POLL_MS = 4000;

/** Re-renders every `ms`, for waits that grow while the page is open; the current time. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** Calls `read` now and every POLL_MS, handing each new answer to `onAnswer`, until the page goes. */
export function usePolling<T>(read: () => Promise<T | undefined>, onAnswer: (value: T) => void, onError: (error: unknown) => void): void {
  const handlers = useRef({ onAnswer, onError });
  handlers.current = { onAnswer, onError };
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const value = await read();
        if (!stopped && value !== undefined) handlers.current.onAnswer(value);
      } catch (error) {
        if (!stopped) handlers.current.onError(error);
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [read]);
}
