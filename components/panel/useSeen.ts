import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * Whether the element has been in view at least once: a list looks up only the rows a person
 * scrolls to (as the chips do), never all of them at once.
 */
const NO_OBSERVER = typeof IntersectionObserver === 'undefined';

export function useSeen<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  // No observer (an old engine): every row counts as seen.
  const [seen, setSeen] = useState(NO_OBSERVER);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}
