// The server's HTTP API: JSON reads, the answer stream (server-sent events over fetch) and
// RFC 9457 problem bodies turned into errors.

import { fetchWhenFree } from './busy.js';

export class Problem extends Error {
  constructor(title, detail) { super(detail ? `${title}: ${detail}` : title); this.title = title; this.detail = detail; }
}

// Turns a non-2xx response (ideally application/problem+json) into a Problem.
async function problemFrom(res) {
  let title = `Request failed (HTTP ${res.status})`, detail = res.statusText || '';
  try {
    const body = await res.text();
    try {
      const p = JSON.parse(body);
      title = p.title || p.error || title;
      detail = p.detail ?? p.message ?? '';
    } catch { if (body && body.length < 300) detail = body; }
  } catch { /* body unreadable: keep the status line */ }
  return new Problem(title, detail);
}

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await problemFrom(res);
  return res.json();
}

export function parseJson(data) { try { return JSON.parse(data); } catch { return undefined; } }

/**
 * POSTs the question to /api/ask/stream and hands each server-sent event to `onEvent(name, data)`
 * until it returns true. Throws a Problem for an error status, and the fetch's own errors
 * (an AbortError when `signal` aborts). While the server is busy (429, 503) it asks again when told,
 * and `onWait(seconds)` hears of each wait.
 */
export async function askStream(body, signal, onEvent, onWait) {
  const res = await fetchWhenFree('/api/ask/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  }, onWait);
  if (!res.ok) throw await problemFrom(res);
  await readEvents(res, onEvent);
}

/** Forgets the conversation on the server; fire and forget, a local reset must not wait for it. */
export function deleteConversation(id) {
  fetch(`/api/conversations/${encodeURIComponent(id)}`, { method: 'DELETE' }).catch(() => {});
}

// Minimal Server-Sent Events reader for a fetch() body. `onEvent(name, data)`
// returns true to stop reading (after `done` / `error`).
async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '', name = '', data = [];
  const dispatch = () => {
    const stop = data.length > 0 && onEvent(name || 'message', data.join('\n'));
    name = ''; data = [];
    return stop;
  };
  const line = (text) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return false; // comment / keep-alive
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
    return false;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      // A trailing "\r" may be half of "\r\n" split across chunks: hold it back.
      const end = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      const lines = buffer.slice(0, end).split(/\r\n|\r|\n/);
      buffer = lines.pop() + buffer.slice(end);
      for (const text of lines) if (line(text)) return;
    }
    if (buffer && line(buffer.replace(/\r$/, ''))) return;
    dispatch(); // be lenient about a missing final blank line
  } finally {
    reader.cancel().catch(() => {});
  }
}
