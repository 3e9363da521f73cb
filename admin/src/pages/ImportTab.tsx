import { useMemo, useState } from 'react';

import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { ArrowLeft, Eye, Upload } from '@strapi/icons';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { ImportPreview } from '../components/ImportPreview';
import { ImportProgress } from '../components/ImportProgress';
import { ImportReportView } from '../components/ImportReport';
import { SourceInput } from '../components/SourceInput';
import { StatusChoice } from '../components/StatusChoice';
import { PASTED_PAGE_NAME, PASTED_TEXT_NAME } from '../constants';
import type { ArticleStatus, ImportDefaults, ImportFile } from '../../../shared/contracts';
import { useBatch } from '../hooks/useBatch';
import { splitByPreview, titlesByFile } from '../utils/chunks';
import { useT } from '../utils/useT';

type Step = 'edit' | 'preview' | 'report';

/** Paste or drop → preview (nothing written) → Draft/Publish → Import → report. */
export const ImportTab = ({ settings }: { settings: ImportDefaults | null }) => {
  const t = useT();
  const api = useNewsroomApi();
  const previewBatch = useBatch(api.preview);
  const importBatch = useBatch(api.import);

  const [step, setStep] = useState<Step>('edit');
  const [text, setText] = useState('');
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [status, setStatus] = useState<ArticleStatus>(settings?.defaultStatus ?? 'draft');
  const [adopt, setAdopt] = useState(false);
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
  const previewDone = previewBatch.batch.state === 'finished' ? previewBatch.batch.outcome : null;
  const plan = useMemo(
    () => splitByPreview(sources, previewDone?.report ?? null),
    [sources, previewDone]
  );
  const titles = useMemo(
    () => titlesByFile(sources, previewDone?.report ?? null),
    [sources, previewDone]
  );
  const importable =
    previewDone !== null && previewDone.failures.length === 0 && plan.importable.length > 0;

  const preview = async () => {
    setStep('preview');
    importBatch.reset();
    setOverwrite(new Set());
    await previewBatch.run({ files: sources, status, maxBytes, choices: adopt ? { adopt } : {} });
  };

  const runImport = async () => {
    setStep('report');
    await importBatch.run({
      files: plan.importable,
      status,
      maxBytes,
      skipped: plan.skipped,
      // Only what the user chose goes into the request.
      choices: {
        ...(adopt ? { adopt } : {}),
        ...(overwrite.size > 0 ? { overwrite: [...overwrite] } : {}),
      },
    });
  };

  const startOver = () => {
    setText('');
    setPastedHtml(null);
    setFiles([]);
    setAdopt(false);
    setOverwrite(new Set());
    previewBatch.reset();
    importBatch.reset();
    setStep('edit');
  };

  if (step === 'edit') {
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <SourceInput
          text={text}
          onTextChange={editText}
          pastedHtml={pastedHtml}
          onPasteHtml={pasteHtml}
          files={files}
          onFilesChange={setFiles}
          maxBytes={maxBytes}
        />
        <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
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
          <Button
            startIcon={<Eye />}
            disabled={sources.length === 0}
            onClick={() => void preview()}
          >
            {t('import.preview', 'Preview')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  if (step === 'preview') {
    const { batch } = previewBatch;
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
          <Button variant="tertiary" startIcon={<ArrowLeft />} onClick={() => setStep('edit')}>
            {t('import.back', 'Back to editing')}
          </Button>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <StatusChoice value={status} onChange={setStatus} />
            <Button startIcon={<Upload />} disabled={!importable} onClick={() => void runImport()}>
              {t('import.run', 'Import {count, plural, one {# file} other {# files}}', {
                count: plan.importable.length,
              })}
            </Button>
          </Flex>
        </Flex>
        {batch.state === 'finished' && plan.skippedFiles.length > 0 && (
          <Typography variant="omega" textColor="danger600" role="status">
            {t(
              'import.skipping',
              'Not imported, because of the errors below: {files}. Fix them and preview again to include them.',
              { files: plan.skippedFiles.join(', ') }
            )}
          </Typography>
        )}
        {batch.state === 'running' && (
          <ImportProgress mode="preview" done={batch.done} total={batch.total} />
        )}
        {batch.state === 'finished' && (
          <ImportPreview
            outcome={batch.outcome}
            overwrite={overwrite}
            onOverwriteChange={toggleOverwrite}
          />
        )}
      </Flex>
    );
  }

  const { batch } = importBatch;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {batch.state === 'running' && (
        <ImportProgress mode="import" done={batch.done} total={batch.total} />
      )}
      {batch.state === 'finished' && (
        <>
          <ImportReportView outcome={batch.outcome} titles={titles} />
          <Box>
            <Flex gap={2}>
              <Button variant="secondary" startIcon={<ArrowLeft />} onClick={() => setStep('edit')}>
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
};
