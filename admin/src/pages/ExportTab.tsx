import { useState } from 'react';

import { Button, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import { fieldErrorsOf, toRequestFailure, type RequestFailure } from '../api/errors';
import { useNewsroomApi } from '../api/useNewsroomApi';
import { FormField } from '../components/FormField';
import { RequestFailureAlert } from '../components/RequestFailureAlert';
import { SelectField } from '../components/SelectField';
import type { ExportRequestBody } from '../../../shared/contracts';
import { exportFileName, saveBlob } from '../utils/download';
import { useT } from '../utils/useT';

type Format = NonNullable<ExportRequestBody['format']>;
type Status = NonNullable<ExportRequestBody['status']>;

/** Export tab of the Newsroom page: articles as a zip of files that `newsroom seed` reads back. */
export const ExportTab = () => {
  const t = useT();
  const api = useNewsroomApi();
  const [format, setFormat] = useState<Format>('md');
  const [status, setStatus] = useState<Status>('published');
  const [category, setCategory] = useState('');
  const [since, setSince] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RequestFailure | null>(null);
  const [done, setDone] = useState(false);
  const errors = failure ? fieldErrorsOf(failure) : {};

  const download = async () => {
    setBusy(true);
    setFailure(null);
    setDone(false);
    try {
      const body: ExportRequestBody = { format, status };
      if (category.trim()) body.category = category.trim();
      if (since) body.since = since;
      saveBlob(await api.exportZip(body), exportFileName());
      setDone(true);
    } catch (error) {
      setFailure(toRequestFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Typography variant="omega" textColor="neutral600">
        {t(
          'export.intro',
          'Download articles as a zip of files in the formats the import reads: importing them back changes nothing.'
        )}
      </Typography>
      {failure && <RequestFailureAlert failure={failure} onClose={() => setFailure(null)} />}
      <Grid.Root gap={6}>
        <SelectField
          name="format"
          label={t('export.format', 'Format')}
          hint={t(
            'export.format.hint',
            'Markdown and JSON keep everything; news text is for reading.'
          )}
          value={format}
          options={[
            { value: 'md', label: t('export.format.md', 'Markdown with front matter') },
            { value: 'json', label: t('export.format.json', 'JSON (body as blocks)') },
            { value: 'txt', label: t('export.format.txt', 'News text') },
          ]}
          onChange={setFormat}
        />
        <SelectField
          name="status"
          label={t('export.status', 'Articles')}
          hint={t(
            'export.status.hint',
            'With both, the zip has a published/ and a drafts/ folder.'
          )}
          error={errors.status}
          value={status}
          options={[
            { value: 'published', label: t('export.status.published', 'Published') },
            { value: 'draft', label: t('export.status.draft', 'Never published (drafts)') },
            { value: 'all', label: t('export.status.all', 'Both') },
          ]}
          onChange={setStatus}
        />
        <FormField
          name="category"
          label={t('export.category', 'Category (slug)')}
          hint={t('export.category.hint', 'Optional: that category and the categories below it.')}
          error={errors.category}
        >
          <TextInput
            value={category}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCategory(e.target.value)}
          />
        </FormField>
        <FormField
          name="since"
          label={t('export.since', 'Changed since')}
          hint={t('export.since.hint', 'Optional: only articles changed on or after this day.')}
          error={errors.since}
        >
          <TextInput
            type="date"
            value={since}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSince(e.target.value)}
          />
        </FormField>
      </Grid.Root>
      <Flex gap={4}>
        <Button startIcon={<Download />} loading={busy} onClick={download}>
          {t('export.download', 'Download zip')}
        </Button>
        {done && (
          <Typography textColor="success600" data-testid="export-done">
            {t('export.downloaded', 'The zip was downloaded.')}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};
