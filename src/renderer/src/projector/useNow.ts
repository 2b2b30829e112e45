import { useEffect, useState } from 'react';

/** The current time, renewed every second, for the hall clock and the elapsed time of an item. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
