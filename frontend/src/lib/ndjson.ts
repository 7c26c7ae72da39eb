/**
 * readNDJSON reads a response body of newline-delimited JSON, calling onLine
 * with each value as soon as its line is complete, so a long upload can
 * show its progress while the server is still working.
 */
export async function readNDJSON<T>(body: ReadableStream<Uint8Array>, onLine: (value: T) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const flush = (line: string) => {
    const trimmed = line.trim();
    if (trimmed) onLine(JSON.parse(trimmed) as T);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      flush(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
    }
  }
  flush(buffer + decoder.decode());
}
