/** Hands a blob to the browser as a file download. */
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser the time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** newsroom-export-2026-11-29-10-15.zip */
export const exportFileName = (now = new Date()): string =>
  `newsroom-export-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.zip`;
