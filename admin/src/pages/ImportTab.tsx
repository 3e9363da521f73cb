import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { ArrowLeft, Eye, Upload } from '@strapi/icons';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { ImportPreview } from '../components/ImportPreview';
import { ImportProgress } from '../components/ImportProgress';
import type { LiveReport } from '../components/BatchReport';
import { ImportReportView } from '../components/ImportReport';
import { LocaleChoice } from '../components/LocaleChoice';
import { RerunNotice } from '../components/RerunNotice';
import { SentPicturesContext, usePictureUrls } from '../components/SentPictures';
import { SourceInput } from '../components/SourceInput';
import { StatusChoice } from '../components/StatusChoice';
import { PASTED_PAGE_NAME, PASTED_TEXT_NAME } from '../constants';
import type { ImportDefaults, ImportFile } from '../../../shared/contracts';
import { useAppLocales } from '../hooks/useAppLocales';
import { useBatch } from '../hooks/useBatch';
import { useRememberedStatus } from '../hooks/useRememberedStatus';
import {
  fileOf,
  newBatchId,
  splitByPreview,
  titlesByFile,
  type BatchOutcome,
} from '../utils/chunks';
import { matchPicture, type ImportPicture } from '../utils/pictures';
import { hasWork, onlyTextChanged, samePlanInput, type PlanInput } from '../utils/plan';
import { filesNamed, rerunChoiceOf, type ImportStart } from '../utils/rerun';
import { useT } from '../utils/useT';

type Step = 'edit' | 'report';

/** Typing pauses this long before the plan is made again. */
const TEXT_REPLAN_DELAY_MS = 800;
const PASTED_NAMES = [PASTED_TEXT_NAME, PASTED_PAGE_NAME];

/**
 * Paste or drop, choose Draft/Publish → Preview (the plan; nothing written) → Import → report.
 * Once planned, every change of the input or the status plans again (after a pause in typing),
 * and Import waits for the new plan.
 */
export const ImportTab = ({
  settings,
  userId = null,
  onImported,
  start = null,
}: {
  settings: ImportDefaults | null;
  /** The admin user: the Draft/Publish choice is remembered per user. */
  userId?: string | number | null;
  /**
   * Takes the report of a finished import to its own URL (the History tab on its batch); the
   * tab then goes back to editing, the input kept. Without it, the report shows here.
   */
  onImported?: (report: LiveReport) => void;
  /**
   * A re-run: the failed files of an import of this page (planned at once), or the names of a
   * past import's failed files to choose again. Read when the tab mounts.
   */
  start?: ImportStart | null;
}) => {
  const t = useT();
  const api = useNewsroomApi();
  const previewBatch = useBatch(api.preview);
  const importBatch = useBatch(api.import);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  const [step, setStep] = useState<Step>('edit');
  const [text, setText] = useState('');
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const [files, setFiles] = useState<ImportFile[]>(() =>
    start?.kind === 'files' ? start.files : []
  );
  const [pictures, setPictures] = useState<ImportPicture[]>([]);
  const pictureUrls = usePictureUrls(pictures);
  const [rerun, setRerun] = useState<ImportStart | null>(start);
  const [status, setStatus] = useRememberedStatus(userId, settings?.defaultStatus ?? 'draft');
  const [adopt, setAdopt] = useState(false);
  const locales = useAppLocales();
  // The locale picked for articles that name none; until the user picks one, the default.
  const [pickedLocale, setLocale] = useState<string | null>(null);
  const locale =
    pickedLocale ?? locales?.find((l) => l.isDefault)?.code ?? locales?.[0]?.code ?? undefined;
  /** What the last preview was asked for (null: no plan yet). */
  const [planned, setPlanned] = useState<PlanInput | null>(null);
  // Articles in conflict (edited since their last import) the user chose to overwrite.
  const [overwrite, setOverwrite] = useState<ReadonlySet<string>>(new Set());
  const toggleOverwrite = (documentId: string, chosen: boolean) =>
    setOverwrite((current) => {
      const next = new Set(current);
      if (chosen) next.add(documentId);
      else next.delete(documentId);
      return next;
    });

  const sources = useMemo<ImportFile[]>(() => {
    const pasted =
      pastedHtml !== null
        ? [{ name: PASTED_PAGE_NAME, content: pastedHtml }]
        : text.trim()
          ? [{ name: PASTED_TEXT_NAME, content: text }]
          : [];
    return [...pasted, ...files];
  }, [text, pastedHtml, files]);
  const input = useMemo<PlanInput>(
    () => ({
      sources,
      status,
      adopt,
      ...(pictures.length > 0 ? { pictures } : {}),
      ...(locale !== undefined ? { locale } : {}),
    }),
    [sources, status, adopt, locale, pictures]
  );

  const editText = (value: string) => {
    // The editor's own edits are plain text: the pasted page no longer matches it.
    setPastedHtml(null);
    setText(value);
  };
  const pasteHtml = (html: string | null, plainText: string) => {
    setPastedHtml(html);
    setText(plainText);
  };

  const maxBytes = settings?.maxImportBytes ?? null;
  // The last plan stays on screen (dimmed) while the next one is made.
  const [previewDone, setPreviewDone] = useState<BatchOutcome | null>(null);
  const planning = previewBatch.batch.state === 'running';
  const stale = planned !== null && !samePlanInput(planned, input);
  // The plan's split of the files it was made for (the input may have moved on since).
  const planSources = planned?.sources ?? sources;
  const plan = useMemo(
    () => splitByPreview(planSources, previewDone?.report ?? null),
    [planSources, previewDone]
  );
  const titles = useMemo(
    () => titlesByFile(planSources, previewDone?.report ?? null),
    [planSources, previewDone]
  );
  const importableNames = useMemo(
    () => new Set(plan.importable.map((file) => file.name)),
    [plan.importable]
  );
  // The preview's covers sent with the articles: shown from the browser's own copy.
  const plannedPictures = planned?.pictures;
  const sentPictureUrl = useCallback(
    (file: string, src: string) => {
      const picture = matchPicture(plannedPictures ?? [], file, src);
      return (picture && pictureUrls.get(picture)) ?? null;
    },
    [plannedPictures, pictureUrls]
  );
  const importableArticles = (previewDone?.report?.articles ?? []).filter((article) =>
    importableNames.has(fileOf(article))
  );
  const planReady = previewDone !== null && !stale && !planning;
  const planFailed = previewDone !== null && previewDone.failures.length > 0;
  const nothingToDo = planReady && !planFailed && !hasWork(importableArticles, overwrite);
  const upToDate =
    nothingToDo &&
    importableArticles.length > 0 &&
    importableArticles.every((article) => article.action === 'unchanged');
  const importable = planReady && !planFailed && plan.importable.length > 0 && !nothingToDo;

  const preview = async (focus: boolean) => {
    if (input.sources.length === 0) return;
    importBatch.reset();
    setPlanned(input);
    const result = await previewBatch.run({
      files: [...input.sources],
      pictures: input.pictures,
      status: input.status,
      maxBytes,
      choices: {
        ...(input.adopt ? { adopt: true } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
      },
    });
    if (!result) return; // superseded by a newer plan
    setPreviewDone(result);
    // Only when the user asked: an automatic re-plan must not take the focus from the text.
    focusPlan.current = focus;
  };
  const focusPlan = useRef(false);
  useEffect(() => {
    if (previewDone === null || !focusPlan.current) return;
    focusPlan.current = false;
    planHeading.current?.focus();
  }, [previewDone]);
  const importDone = step === 'report' && importBatch.batch.state === 'finished';
  useEffect(() => {
    if (importDone) reportHeading.current?.focus();
  }, [importDone]);

  // The effect below always calls the latest `preview` (it reads the current input).
  const previewRef = useRef(preview);
  previewRef.current = preview;

  // A re-run of failed files: planned at once (the files are here, the user asked for it).
  const planOnMount = useRef(start?.kind === 'files' && start.files.length > 0);
  useEffect(() => {
    if (!planOnMount.current) return;
    planOnMount.current = false;
    void previewRef.current(true);
  }, []);

  // Re-plan on every change of the input or status once there is a plan.
  useEffect(() => {
    if (step !== 'edit' || planned === null || !stale) return;
    if (input.sources.length === 0) {
      previewBatch.reset();
      setPreviewDone(null);
      setPlanned(null);
      return;
    }
    const delay = onlyTextChanged(planned, input, PASTED_NAMES) ? TEXT_REPLAN_DELAY_MS : 0;
    const timer = window.setTimeout(() => void previewRef.current(false), delay);
    return () => window.clearTimeout(timer);
  }, [step, planned, stale, input, previewBatch]);

  const runImport = async () => {
    const conflicts = new Set(
      importableArticles
        .filter((article) => article.action === 'conflict')
        .map((article) => article.documentId)
    );
    const chosen = [...overwrite].filter((documentId) => conflicts.has(documentId));
    setStep('report');
    const batchId = newBatchId();
    const outcome = await importBatch.run({
      files: plan.importable,
      // The pictures the plan was made with.
      pictures: planned?.pictures,
      status,
      maxBytes,
      skipped: plan.skipped,
      articlesTotal: importableArticles.length,
      // One id for all the requests of this import: one History entry.
      batchId,
      // Only what the user chose goes into the request.
      choices: {
        ...(adopt ? { adopt } : {}),
        ...(chosen.length > 0 ? { overwrite: chosen } : {}),
        ...(planned?.locale !== undefined ? { locale: planned.locale } : {}),
      },
    });
    if (outcome && onImported) {
      // The failed files that may pass when sent again, with their contents (still here).
      const retry = filesNamed(plan.importable, rerunChoiceOf(outcome).retry);
      onImported({ batch: batchId, outcome, titles, retry });
      backToEditing();
      importBatch.reset();
    }
  };

  /** After an import the plan is out of date (the database changed): plan again on demand. */
  const backToEditing = () => {
    previewBatch.reset();
    setPreviewDone(null);
    setPlanned(null);
    setOverwrite(new Set());
    setStep('edit');
  };

  const startOver = () => {
    setRerun(null);
    setText('');
    setPastedHtml(null);
    setFiles([]);
    setPictures([]);
    setAdopt(false);
    setLocale(null);
    backToEditing();
    importBatch.reset();
  };

  if (step === 'report') {
    const { batch } = importBatch;
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        {batch.state === 'running' && (
          <ImportProgress
            mode="import"
            done={batch.articles}
            total={batch.articlesTotal}
            onCancel={importBatch.cancel}
            cancelling={batch.cancelling}
          />
        )}
        {batch.state === 'finished' && (
          <>
            <Typography tag="h2" variant="beta" ref={reportHeading} tabIndex={-1}>
              {t('report.heading', 'Import report')}
            </Typography>
            {batch.outcome.cancelled && batch.outcome.cancelled.length > 0 && (
              <Typography variant="omega" textColor="warning700" data-testid="import-cancelled">
                {t(
                  'report.cancelledFiles',
                  'Cancelled: {count, plural, one {# file was} other {# files were}} not sent, nothing of them was written: {files}',
                  {
                    count: batch.outcome.cancelled.length,
                    files: batch.outcome.cancelled.join(', '),
                  }
                )}
              </Typography>
            )}
            <ImportReportView outcome={batch.outcome} titles={titles} />
            <Box>
              <Flex gap={2}>
                <Button variant="secondary" startIcon={<ArrowLeft />} onClick={backToEditing}>
                  {t('import.back', 'Back to editing')}
                </Button>
                <Button variant="tertiary" onClick={startOver}>
                  {t('import.startOver', 'Start a new import')}
                </Button>
              </Flex>
            </Box>
          </>
        )}
      </Flex>
    );
  }

  const { batch } = previewBatch;
  const planState = (() => {
    if (planning) return t('plan.planning', 'Planning…');
    if (planned === null) {
      return t('plan.none', 'Preview first: nothing is written until you import.');
    }
    if (stale) return t('plan.stale', 'The input or the status changed: planning again…');
    if (planFailed) return t('plan.failed', 'The preview failed: see the message above.');
    if (upToDate) return t('plan.upToDate', 'Everything is up to date: nothing to import.');
    if (nothingToDo) {
      return t(
        'plan.nothing',
        'Nothing to import: no article would be created or updated (edited articles are kept unless you choose to overwrite them).'
      );
    }
    return t('plan.ready', 'The plan is up to date.');
  })();

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {rerun && (
        <RerunNotice
          start={rerun}
          chosen={files.map((file) => file.name)}
          onForget={() => setRerun(null)}
        />
      )}
      <SourceInput
        text={text}
        onTextChange={editText}
        pastedHtml={pastedHtml}
        onPasteHtml={pasteHtml}
        files={files}
        onFilesChange={setFiles}
        pictures={pictures}
        onPicturesChange={setPictures}
        pictureUrls={pictureUrls}
        maxBytes={maxBytes}
      />
      {locales !== null && locales.length > 1 && locale !== undefined && (
        <Box data-testid="locale-choice" style={{ maxWidth: '24rem' }}>
          <LocaleChoice locales={locales} value={locale} onChange={setLocale} />
        </Box>
      )}
      <Checkbox
        name="adopt"
        checked={adopt}
        onCheckedChange={(value: boolean | 'indeterminate') => setAdopt(value === true)}
      >
        {t(
          'import.adopt',
          'Adopt hand-made articles: an article created in the Content Manager with the same slug is updated (otherwise the import gets a new slug)'
        )}
      </Checkbox>

      {batch.state === 'running' && previewDone === null && (
        <ImportProgress mode="preview" done={batch.done} total={batch.total} />
      )}
      {previewDone !== null && (
        <Box
          style={{ opacity: stale || planning ? 0.55 : 1, transition: 'opacity 0.2s' }}
          aria-busy={stale || planning}
          data-testid="plan"
          data-stale={stale || planning}
        >
          {plan.skippedFiles.length > 0 && (
            <Box paddingBottom={3}>
              <Typography variant="omega" textColor="danger600" role="status">
                {t(
                  'import.skipping',
                  'Not imported, because of the errors below: {files}. Fix them and preview again to include them.',
                  { files: plan.skippedFiles.join(', ') }
                )}
              </Typography>
            </Box>
          )}
          <SentPicturesContext.Provider value={sentPictureUrl}>
            <ImportPreview
              outcome={previewDone}
              status={planned?.status ?? status}
              overwrite={overwrite}
              onOverwriteChange={toggleOverwrite}
              headingRef={planHeading}
            />
          </SentPicturesContext.Provider>
        </Box>
      )}

      <Box
        data-testid="import-action-bar"
        background="neutral0"
        borderColor="neutral200"
        borderStyle="solid"
        borderWidth="1px"
        hasRadius
        shadow="popupShadow"
        padding={4}
        style={{ position: 'sticky', bottom: '1.6rem', zIndex: 2 }}
      >
        <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
          <StatusChoice value={status} onChange={setStatus} />
          <Typography
            variant="omega"
            textColor={upToDate ? 'success600' : stale ? 'warning700' : 'neutral700'}
            fontWeight={upToDate ? 'bold' : undefined}
            role="status"
            data-testid="plan-state"
            style={{ flex: '1 1 16rem' }}
          >
            {planState}
          </Typography>
          <Flex gap={2}>
            <Button
              variant={previewDone !== null && !stale ? 'secondary' : 'default'}
              startIcon={<Eye />}
              disabled={sources.length === 0 || planning}
              onClick={() => void preview(true)}
            >
              {t('import.preview', 'Preview')}
            </Button>
            <Button startIcon={<Upload />} disabled={!importable} onClick={() => void runImport()}>
              {t('import.run', 'Import {count, plural, one {# file} other {# files}}', {
                count: plan.importable.length,
              })}
            </Button>
          </Flex>
        </Flex>
      </Box>
    </Flex>
  );
};
