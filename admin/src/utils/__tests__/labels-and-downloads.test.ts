/**
 * @jest-environment @stryker-mutator/jest-runner/jest-env/jsdom
 */
// jsdom, wrapped by StrykerJS so that the mutation run sees which test covers which mutant; it
// is plain jsdom in `npm test`.
import { exportFileName, saveBlob } from '../download';
import { formatLabel } from '../formatLabel';
import type { Translate } from '../useT';

// A translate function that shows which message id and default text it was asked for.
const t: Translate = (id, defaultMessage) => `${id}=${defaultMessage}`;

describe('formatLabel', () => {
  it.each([
    ['html', 'format.html=HTML page'],
    ['markdown', 'format.markdown=Markdown'],
    ['json', 'format.json=JSON'],
    ['text', 'format.text=News text'],
  ] as const)('names the %s format through the translations', (format, label) => {
    expect(formatLabel(t, format)).toBe(label);
  });
});

describe('exportFileName', () => {
  it('stamps the export with the UTC date and minute, in characters every file system takes', () => {
    expect(exportFileName(new Date('2026-11-29T10:15:42.123Z'))).toBe(
      'newsroom-export-2026-11-29-10-15.zip'
    );
  });

  it('uses the current time by default', () => {
    jest.useFakeTimers({ now: new Date('2027-01-02T03:04:05Z') });
    try {
      expect(exportFileName()).toBe('newsroom-export-2027-01-02-03-04.zip');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('saveBlob', () => {
  const createObjectURL = jest.fn(() => 'blob:newsroom/1');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('clicks a download link for the blob, removes it, and frees the URL only later', () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        attached: document.body.contains(this),
      });
    });
    const blob = new Blob(['zip'], { type: 'application/zip' });

    saveBlob(blob, 'newsroom-export.zip');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: 'blob:newsroom/1', download: 'newsroom-export.zip', attached: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(9_999);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:newsroom/1');
  });
});
