import { csrfHeaders } from '../lib/auth';
import { readNDJSON } from '../lib/ndjson';

/** Where the web app uploads files to import (internal/porting/http.go). */
export const importPath = '/api/import';

export interface ImportProblem {
  file: string;
  position?: string;
  message: string;
}

export interface ImportResult {
  created: number;
  skipped: number;
  errors: ImportProblem[];
}

export interface ImportProgress {
  file: string;
  done: number;
  total: number;
}

type Line = ImportProgress | { result: ImportResult };

/**
 * uploadImport sends one file to the import endpoint and follows its
 * newline-delimited progress until the result line. A refused request
 * (not signed in, not allowed, too large) throws with the server's message.
 */
export async function uploadImport(
  file: File,
  options: { format: string; map: string },
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const params = new URLSearchParams();
  if (options.format) params.set('format', options.format);
  if (options.map) params.set('map', options.map);
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetch(`${importPath}${params.size ? `?${params}` : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/x-ndjson', ...csrfHeaders },
    body,
  });
  if (!res.ok || !res.body) {
    let message = `The server refused the upload (${res.status} ${res.statusText}).`;
    try {
      const json = (await res.json()) as { errors?: { message: string }[] };
      if (json.errors?.[0]?.message) message = json.errors[0].message;
    } catch {
      // not JSON: keep the status
    }
    throw new Error(message);
  }
  let result: ImportResult | null = null;
  await readNDJSON<Line>(res.body, (line) => {
    if ('result' in line) result = line.result;
    else onProgress(line);
  });
  if (!result) throw new Error('The import stopped before it reported a result.');
  return result;
}
