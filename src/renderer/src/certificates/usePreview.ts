import { useEffect, useRef, useState } from 'react';
import type { CertificatePreview, TemplateBody } from '../../../shared/certificates';
import { useApi } from '../api/ApiProvider';

const DEBOUNCE_MS = 50;

/**
 * The core's layout of the body as edited. Calls are debounced and answers that arrive out of
 * order are dropped; the previous drawing stays on screen until the next one is ready, so the
 * page never blinks while someone drags a field.
 */
export function usePreview(
  body: TemplateBody,
  templateId: number | null,
  awardId: number | null,
  decisionId: number | null = null,
) {
  const api = useApi();
  const [preview, setPreview] = useState<CertificatePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const sequence = useRef(0);

  useEffect(() => {
    const ticket = ++sequence.current;
    const timer = setTimeout(() => {
      setLoading(true);
      api
        .call('certificates.preview', { body, templateId, awardId, decisionId })
        .then((next) => {
          if (ticket !== sequence.current) return;
          setPreview(next);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (ticket === sequence.current) setError(failure);
        })
        .finally(() => {
          if (ticket === sequence.current) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, body, templateId, awardId, decisionId]);

  return { preview, error, loading };
}
