import { Alert, Anchor, Card, Group, Loader, Select, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CertificateTemplate, FieldKey, TemplateField } from '../../../shared/certificates';
import { useApi } from '../api/ApiProvider';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert';
import { RecordGuardAlert } from '../components/RecordGuard';
import { SavedFilePanel, useSavedFile } from '../components/SavedFile';
import { CopyTemplateModal } from './CopyTemplateModal';
import { EditorToolbar } from './EditorToolbar';
import { FieldPanel } from './FieldPanel';
import { ImagePanel } from './ImagePanel';
import { PreviewCanvas } from './PreviewCanvas';
import { PreviewSubjectSelect, usePreviewSubject } from './PreviewSubjectSelect';
import { TemplatePanel } from './TemplatePanel';
import { bodyOf, sameBody } from './templateBody';
import { useBodyHistory } from './useBodyHistory';
import { usePreview } from './usePreview';
import { useTemplateDifferences, useTemplateRevision } from './useTemplateRevision';
import classes from './TemplateEditorPage.module.css';

/** "/templates/:id": loads the template, then edits it (a fresh editor for every template). */
export function TemplateEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const template = useApiQuery('templates.get', { id });
  // Later refetches (after a save) must not throw away what is being edited.
  const [loaded, setLoaded] = useState<CertificateTemplate | null>(null);
  if (template.data && loaded?.id !== template.data.id) setLoaded(template.data);

  if (template.error) return <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />;
  if (!loaded) return <Loader aria-label={t('common.loading')} />;
  return (
    <TemplateEditor
      key={loaded.id}
      initial={loaded}
      current={template.data ?? loaded}
      reload={template.refetch}
    />
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** A template's stored background or emblem as a data URL, once loaded. */
function useStoredImage(id: number, slot: 'background' | 'emblem', present: boolean): string | null {
  const image = useApiQuery('templates.image', { id, slot }, { enabled: present });
  const data = present ? image.data : undefined;
  return data?.contentBase64 && data.mime ? `data:${data.mime};base64,${data.contentBase64}` : null;
}

function TemplateEditor({
  initial,
  current,
  reload,
}: {
  initial: CertificateTemplate;
  /** The record as stored now: it follows other windows' changes, the body on screen does not. */
  current: CertificateTemplate;
  reload: () => Promise<{ data?: CertificateTemplate }>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const history = useBodyHistory(bodyOf(initial));
  const { body, edit, undo, redo } = history;
  const [saved, setSaved] = useState(bodyOf(initial));
  const held = useTemplateRevision(initial, reload);
  const { guard } = held;
  const latest = useTemplateDifferences(body, guard.conflict ? current : null);
  const [selected, setSelected] = useState<FieldKey | null>('recipient');
  const subject = usePreviewSubject();
  const [images, setImages] = useState<{ background: string | null; emblem: string | null }>({
    background: null,
    emblem: null,
  });
  const storedBackground = useStoredImage(current.id, 'background', current.hasBackground);
  const storedEmblem = useStoredImage(current.id, 'emblem', current.hasEmblem);
  const [copying, setCopying] = useState(false);
  const [calibrating, setCalibrating] = useState(false);
  const sheet = useSavedFile();
  const save = useApiMutation('templates.save');
  const copy = useApiMutation('templates.copy');
  const {
    preview,
    error: previewError,
    loading,
  } = usePreview(body, initial.id, subject.awardId, subject.decisionId);
  const dirty = !sameBody(body, saved);
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorText(error), autoClose: 10_000 });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const patchField = (key: FieldKey, patch: Partial<TemplateField>, mergeKey: string) =>
    edit((b) => {
      const current = b.fields.find((f) => f.key === key);
      // A click that does not move anything must not become an undo step.
      const same =
        current && (Object.keys(patch) as (keyof TemplateField)[]).every((k) => current[k] === patch[k]);
      if (!current || same) return b;
      return { ...b, fields: b.fields.map((f) => (f === current ? { ...f, ...patch } : f)) };
    }, mergeKey);

  // What is on screen becomes the stored design, if nobody changed the template meanwhile.
  const store = async () => {
    const result = await save.mutateAsync({ id: initial.id, revision: held.revision, body });
    held.wrote(result);
    setSaved(bodyOf(result));
    return result;
  };

  const onSave = async () => {
    if (guard.blocked) return;
    try {
      const result = await store();
      notifications.show({
        color: 'green',
        message: t('certificates.editor.saved', { version: result.version }),
      });
    } catch (error) {
      if (guard.handle(error)) return;
      fail(error);
    }
  };

  const onCopy = async (name: string) => {
    try {
      const created = await copy.mutateAsync({ id: initial.id, name });
      // What was changed on the shipped template goes into the copy, under the new name.
      if (dirty) {
        await api.call('templates.save', {
          id: created.id,
          revision: created.revision,
          body: { ...body, name },
        });
      }
      setCopying(false);
      notifications.show({ color: 'green', message: t('certificates.templates.copied', { name }) });
      void navigate(`/templates/${created.id}`);
    } catch (error) {
      fail(error);
    }
  };

  const onCalibrate = async () => {
    // The test sheet is drawn from the stored template, so what is on screen is saved first.
    const saveFirst = dirty && !initial.builtIn;
    if (saveFirst && guard.blocked) return;
    setCalibrating(true);
    try {
      if (saveFirst) await store();
      sheet.deliver(await api.call('certificates.calibration', { id: initial.id }));
    } catch (error) {
      if (guard.handle(error)) return;
      fail(error);
    } finally {
      setCalibrating(false);
    }
  };

  const field = body.fields.find((f) => f.key === selected) ?? null;
  const overflowing = (preview?.fields ?? []).filter((f) => f.overflows);
  // The stored image, or the one just uploaded while it is being saved.
  const shown = (present: boolean, local: string | null, stored: string | null) =>
    local ?? stored ?? (present ? 'placeholder' : null);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/templates" size="sm">
        ← {t('certificates.editor.back')}
      </Anchor>
      <EditorToolbar
        name={body.name}
        builtIn={initial.builtIn}
        version={current.version}
        dirty={dirty}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        saving={save.isPending && !calibrating}
        calibrating={calibrating}
        blocked={guard.blocked}
        onUndo={undo}
        onRedo={redo}
        onSave={() => void onSave()}
        onCopy={() => setCopying(true)}
        onCalibrate={() => void onCalibrate()}
      />
      <RecordGuardAlert guard={guard} latest={latest} kept={t('certificates.editor.conflictKept')} />
      <SavedFilePanel saved={sheet} />
      {initial.builtIn && (
        <Alert color="blue" py="xs">
          {t('certificates.editor.builtInNotice')}
        </Alert>
      )}
      {/* The properties stay beside the sheet at every width: each change is seen where it lands. */}
      <div className={classes.workspace}>
        <div className={classes.sheet}>
          <Card withBorder>
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <PreviewSubjectSelect subject={subject} />
              <Text size="xs" c="dimmed" aria-live="polite">
                {loading ? t('certificates.editor.updating') : t('certificates.editor.dragHint')}
              </Text>
            </Group>
            {previewError !== null && <ErrorAlert error={previewError} />}
            {overflowing.length > 0 && (
              <Alert color="red" py="xs" mb="sm" role="alert">
                {t('certificates.editor.overflowList', {
                  fields: overflowing.map((f) => t(`certificates.fields.${f.key}`)).join(', '),
                })}
              </Alert>
            )}
            <PreviewCanvas
              body={body}
              preview={preview}
              background={shown(current.hasBackground, images.background, storedBackground)}
              emblem={shown(current.hasEmblem, images.emblem, storedEmblem)}
              selected={selected}
              onSelect={setSelected}
              onMove={(key, x, y, mergeKey) => patchField(key, { x, y }, mergeKey)}
              label={t('certificates.editor.previewLabel')}
            />
          </Card>
        </div>
        <div className={classes.properties}>
          <Card withBorder>
            <Tabs defaultValue="field">
              <Tabs.List mb="sm">
                <Tabs.Tab value="field">{t('certificates.editor.tabField')}</Tabs.Tab>
                <Tabs.Tab value="template">{t('certificates.editor.tabTemplate')}</Tabs.Tab>
                <Tabs.Tab value="images">{t('certificates.editor.tabImages')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="field">
                <Stack gap="sm">
                  <Select
                    label={t('certificates.editor.selectedField')}
                    data={body.fields.map((f) => ({
                      value: f.key,
                      label: t(`certificates.fields.${f.key}`),
                    }))}
                    value={selected}
                    onChange={(value) => setSelected(value as FieldKey | null)}
                    allowDeselect={false}
                  />
                  {field && (
                    <FieldPanel
                      field={field}
                      pageWidth={body.page.widthMm}
                      pageHeight={body.page.heightMm}
                      overflows={overflowing.some((f) => f.key === field.key)}
                      onChange={(patch, mergeKey) => patchField(field.key, patch, mergeKey)}
                    />
                  )}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="template">
                <TemplatePanel body={body} onChange={edit} />
              </Tabs.Panel>
              <Tabs.Panel value="images">
                <ImagePanel
                  template={current}
                  held={held}
                  readOnly={initial.builtIn}
                  onLocalImage={(slot, url) => setImages((i) => ({ ...i, [slot]: url }))}
                />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </div>
      </div>
      <CopyTemplateModal
        source={copying ? { name: body.name } : null}
        busy={copy.isPending}
        onClose={() => setCopying(false)}
        onCopy={(name) => void onCopy(name)}
      />
    </Stack>
  );
}
