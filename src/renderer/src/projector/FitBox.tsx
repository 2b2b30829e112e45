import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Lays its content out at a fixed design width and scales it to the box's width, or smaller
 * when it would run off the bottom: a poll result keeps its columns and stays whole on a
 * 1024×768 projector, and fills a 1920×1080 one.
 */
export function FitBox({ designWidth, children }: { designWidth: number; children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    // Layout sizes ignore the transform, so measuring the scaled content does not feed back.
    const fit = () => {
      const height = content.offsetHeight;
      if (height > 0) setScale(Math.min(box.clientWidth / designWidth, box.clientHeight / height));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [designWidth]);

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
          left: '50%',
          width: designWidth,
          transform: `translateX(-50%) scale(${scale})`,
          transformOrigin: 'top center',
        }}
      >
        {children}
      </div>
    </div>
  );
}
