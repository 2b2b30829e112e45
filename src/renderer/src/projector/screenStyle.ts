import type { CSSProperties } from 'react';

// Sizes are in container units (cqw/cqh of the view's own box), so the operator's small preview
// and the hall's screen show the same picture at any resolution.
export const GOLD = '#ffd666';
export const BACKGROUND = 'radial-gradient(ellipse at center, #8f1111 0%, #5c0707 60%, #3a0404 100%)';

export const column: CSSProperties = {
  position: 'absolute',
  inset: 0,
  padding: '4cqh 5cqw',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  color: '#fff',
  textAlign: 'center',
  fontFamily: '"Be Vietnam Pro", "Noto Sans", sans-serif',
};

export const clamp2: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};
