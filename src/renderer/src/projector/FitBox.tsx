import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Shrinks its content (never enlarges it) so that its height fits the box: a long poll result stays
 * whole on a 1024×768 projector instead of running off the bottom of the screen.
 */
export function FitBox({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    // Layout height ignores the transform, so measuring the scaled content does not feed back.
    const fit = () => {
      const height = content.offsetHeight;
      if (height > 0) setScale(Math.min(1, box.clientHeight / height));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={outer}
      style={{ flex: 1, minHeight: 0, width: '100%', overflow: 'hidden', position: 'relative' }}
    >
      <div
        ref={inner}
        style={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: '100%',
          transform: `scale(${scale})`,
          transformOrigin: 'top center',
        }}
      >
        {children}
      </div>
    </div>
  );
}
