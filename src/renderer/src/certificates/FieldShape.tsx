import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldLayout, TemplateField } from '../../../shared/certificates';
import { FONT_FAMILY, ptToMm } from './fonts';

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

/** Where a line's anchor is: the engine gives each line's left edge and width. */
function anchorX(line: FieldLayout['lines'][number], align: FieldLayout['align']): number {
  if (align === 'center') return line.x + line.width / 2;
  if (align === 'right') return line.x + line.width;
  return line.x;
}

/** One field on the sheet: its box (dashed), its image or its lines of text. */
export function FieldShape({
  field,
  layout,
  emblem,
  selected,
  interactive,
  onPointerDown,
  onFocus,
}: {
  field: TemplateField;
  layout: FieldLayout | undefined;
  emblem: string | 'placeholder' | null;
  selected: boolean;
  interactive: boolean;
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onFocus: () => void;
}) {
  const { t } = useTranslation();
  const overflows = layout?.overflows ?? false;
  // A read-only preview shows the sheet as printed: boxes only where text does not fit.
  const stroke = overflows ? '#e03131' : selected ? '#1c7ed6' : interactive ? '#868e96' : 'none';
  // The box follows the body at once while dragging; the text, laid out by the core a moment
  // later, is shifted by the same amount so the two never part.
  const dx = layout ? field.x - layout.x : 0;
  const dy = layout ? field.y - layout.y : 0;
  const name = t(`certificates.fields.${field.key}`);
  return (
    <g
      role={interactive ? 'button' : undefined}
      aria-label={interactive ? t('certificates.editor.fieldButton', { name }) : undefined}
      aria-pressed={interactive ? selected : undefined}
      data-field={field.key}
      data-overflows={overflows || undefined}
      tabIndex={interactive ? 0 : undefined}
      onPointerDown={onPointerDown}
      onFocus={interactive ? onFocus : undefined}
      style={{ cursor: interactive ? 'move' : undefined }}
    >
      {emblem && emblem !== 'placeholder' && (
        <image href={emblem} x={field.x} y={field.y} width={field.width} height={field.height} />
      )}
      {emblem === 'placeholder' && (
        <ellipse
          cx={field.x + field.width / 2}
          cy={field.y + field.height / 2}
          rx={field.width / 2}
          ry={field.height / 2}
          fill="#fff3bf"
          stroke="#f08c00"
          strokeWidth={0.3}
        />
      )}
      {field.key === 'emblem' && !emblem && interactive && (
        // No image yet: name the box, or it reads as a stray empty frame.
        <text
          x={field.x + field.width / 2}
          y={field.y + field.height / 2}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={2.5}
          fill="#868e96"
          style={{ userSelect: 'none' }}
        >
          {name}
        </text>
      )}
      <rect
        x={field.x}
        y={field.y}
        width={field.width}
        height={field.height}
        fill={selected ? 'rgba(28,126,214,0.08)' : 'rgba(0,0,0,0)'}
        stroke={stroke}
        strokeWidth={selected || overflows ? 0.5 : 0.25}
        strokeDasharray={selected ? undefined : '1.5 1'}
      />
      {layout && (
        <g transform={`translate(${dx} ${dy})`}>
          {layout.lines.map((line, index) => (
            <text
              key={index}
              x={anchorX(line, layout.align)}
              y={line.baseline}
              fontSize={ptToMm(layout.size)}
              fontFamily={FONT_FAMILY[layout.font]}
              fill={overflows ? '#e03131' : layout.color}
              textAnchor={ANCHOR[layout.align]}
              style={{ whiteSpace: 'pre', userSelect: 'none' }}
            >
              {line.text}
            </text>
          ))}
        </g>
      )}
    </g>
  );
}
