import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificatePreview, FieldKey, TemplateBody, TemplateField } from '../../../shared/certificates';
import { FieldShape } from './FieldShape';
import { snapMm } from './fonts';

interface Props {
  body: TemplateBody;
  preview: CertificatePreview | null;
  /** An image to draw behind; 'placeholder' when the template has one we cannot show. */
  background: string | 'placeholder' | null;
  emblem: string | 'placeholder' | null;
  selected: FieldKey | null;
  onSelect?: (key: FieldKey) => void;
  /** Moves a field's box; the key groups one drag or one run of arrow presses into one undo step. */
  onMove?: (key: FieldKey, x: number, y: number, mergeKey: string) => void;
  label: string;
}

interface Drag {
  key: FieldKey;
  startX: number;
  startY: number;
  fieldX: number;
  fieldY: number;
  id: string;
}

let dragCount = 0;

/** The sheet at scale, in millimetres: field boxes from the body, their text from the core's layout. */
export function PreviewCanvas({
  body,
  preview,
  background,
  emblem,
  selected,
  onSelect,
  onMove,
  label,
}: Props) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const { widthMm, heightMm } = body.page;
  const layouts = new Map((preview?.fields ?? []).map((f) => [f.key, f]));
  const interactive = onMove !== undefined;

  const toMm = (event: PointerEvent) => {
    const ctm = svg.current?.getScreenCTM();
    if (!ctm) return null;
    return new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  };

  const onPointerDown = (field: TemplateField, event: PointerEvent<SVGGElement>) => {
    onSelect?.(field.key);
    const point = toMm(event);
    if (!interactive || event.button !== 0 || !point) return;
    // Cancelling the pointer's default (no text selection while dragging) also cancels the
    // focus a click gives, and the arrow keys are read where the focus is: focus the field here.
    event.currentTarget.focus({ preventScroll: true });
    event.preventDefault();
    svg.current?.setPointerCapture(event.pointerId);
    drag.current = {
      key: field.key,
      startX: point.x,
      startY: point.y,
      fieldX: field.x,
      fieldY: field.y,
      id: `drag:${++dragCount}`,
    };
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    const point = current && toMm(event);
    if (!current || !point) return;
    const x = snapMm(current.fieldX + point.x - current.startX);
    const y = snapMm(current.fieldY + point.y - current.startY);
    onMove?.(current.key, x, y, current.id);
  };

  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = event.shiftKey ? 5 : 0.5;
    const delta = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }[event.key];
    const field = body.fields.find((f) => f.key === selected);
    if (!delta || !field || !onMove) return;
    event.preventDefault();
    onMove(
      field.key,
      snapMm(field.x + (delta[0] ?? 0)),
      snapMm(field.y + (delta[1] ?? 0)),
      `nudge:${field.key}`,
    );
  };

  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${widthMm} ${heightMm}`}
      width="100%"
      style={{ display: 'block', maxHeight: '72vh', background: 'white', touchAction: 'none' }}
      role="group"
      aria-label={label}
      tabIndex={interactive ? 0 : undefined}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      data-testid="certificate-preview"
    >
      <rect x={0} y={0} width={widthMm} height={heightMm} fill="white" stroke="#adb5bd" strokeWidth={0.4} />
      {background === 'placeholder' && (
        <g aria-hidden>
          <rect x={0} y={0} width={widthMm} height={heightMm} fill="#e9ecef" />
          <text x={widthMm / 2} y={heightMm - 6} textAnchor="middle" fontSize={4} fill="#868e96">
            {t('certificates.editor.backgroundPlaceholder')}
          </text>
        </g>
      )}
      {background && background !== 'placeholder' && (
        <image href={background} x={0} y={0} width={widthMm} height={heightMm} preserveAspectRatio="none" />
      )}
      {body.fields
        .filter((f) => f.enabled)
        .map((field) => (
          <FieldShape
            key={field.key}
            field={field}
            layout={layouts.get(field.key)}
            emblem={field.key === 'emblem' ? emblem : null}
            selected={field.key === selected}
            interactive={interactive}
            onPointerDown={(event) => onPointerDown(field, event)}
            onFocus={() => onSelect?.(field.key)}
          />
        ))}
    </svg>
  );
}
