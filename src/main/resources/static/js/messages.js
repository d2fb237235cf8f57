// The chat transcript: question and answer bubbles, citation chips and the list of sources.

import { el, ui } from './dom.js';

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g; // "[1]" or "[1, 2]"
const citations = new WeakMap();            // chip/source button -> citation object

/** The citation a chip or source button inside `target` stands for, if any. */
export function citationAt(target) {
  const button = target.closest?.('.cite, .source-jump');
  return button ? citations.get(button) : undefined;
}

function chip(citation) {
  const button = el('button', 'cite', citation.n);
  button.type = 'button';
  button.dataset.n = citation.n;
  button.dataset.paragraph = citation.paragraph;
  button.title = citation.quote ?? '';
  button.setAttribute('aria-label', `Source ${citation.n}, paragraph ${citation.paragraph}`);
  citations.set(button, citation);
  return button;
}

// Writes answer text into `container`, turning [n] / [n, m] markers that refer
// to a known citation into chips. Unknown markers stay as typed.
export function renderCitedText(container, text, known) {
  const byN = new Map((known ?? []).map((c) => [c.n, c]));
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const cited = m[1].split(',').map((s) => byN.get(Number(s))).filter(Boolean);
    if (cited.length === 0) continue;
    parts.push(text.slice(last, m.index));
    const group = el('span', 'cite-group');
    group.append(...cited.map(chip));
    parts.push(group);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  container.replaceChildren(...parts);
}

export function appendUser(question) {
  const bubble = el('div', 'msg user');
  bubble.append(el('p', 'msg-text', question));
  ui.transcript.append(bubble);
  return bubble;
}

export function appendBot() {
  const bubble = el('div', 'msg bot streaming');
  const text = el('div', 'answer-text');
  const typing = el('span', 'typing');
  typing.setAttribute('aria-label', 'Answering');
  typing.append(el('span'), el('span'), el('span'));
  text.append(typing);
  bubble.append(text);
  ui.transcript.append(bubble);
  bubble.scrollIntoView({ block: 'nearest' });
  return bubble;
}

export function renderFinal(bubble, answer) {
  bubble.className = answer.answered === false ? 'msg bot unanswered' : 'msg bot';
  const text = el('div', 'answer-text');
  renderCitedText(text, String(answer.answer ?? ''), answer.citations);
  const parts = [text];
  if (answer.answered === false) {
    parts.push(el('p', 'hint', 'The article does not seem to cover this. Try rephrasing, or ask about something the article discusses.'));
  }
  if (answer.citations?.length) parts.push(renderSources(answer.citations));
  parts.push(renderMeta(answer));
  if (answer.notice) parts.push(el('p', 'notice', answer.notice));
  bubble.replaceChildren(...parts);
}

function renderSources(cited) {
  const list = el('ol', 'sources');
  list.setAttribute('aria-label', 'Sources');
  for (const c of cited) {
    const item = el('li', 'source');
    const label = `[${c.n}] ¶${c.paragraph}`;
    const jump = el('button', 'source-jump', label);
    jump.type = 'button';
    // The accessible name starts with the visible label so voice control users can say it.
    jump.setAttribute('aria-label', `${label}: show source ${c.n}, paragraph ${c.paragraph}`);
    citations.set(jump, c);
    const quote = el('q', 'source-quote', c.quote ?? '');
    quote.title = c.quote ?? ''; // the list clamps long quotes to two lines
    item.append(jump, quote);
    list.append(item);
  }
  return list;
}

function renderMeta(answer) {
  const t = answer.timings;
  const meta = el('div', 'answer-meta');
  if (answer.mode === 'extractive') meta.append(el('span', 'badge badge-extractive', 'extractive — LLM offline'));
  else if (answer.mode === 'llm') meta.append(el('span', 'badge badge-llm', answer.model || 'LLM'));
  // An extractive answer generated nothing, so its generation time (0) is noise.
  const generation = answer.mode === 'extractive' ? null : t?.generationMs;
  const timings = [['retrieval', t?.retrievalMs], ['generation', generation]]
    .filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${Math.round(v)} ms`);
  if (timings.length) meta.append(el('span', 'timings', timings.join(' · ')));
  return meta;
}

export function renderError(bubble, problem) {
  bubble.className = 'msg bot error';
  bubble.replaceChildren(el('p', 'msg-text', problem.detail ? `${problem.title}: ${problem.detail}` : problem.title));
}

export function renderStopped(bubble, partial, passages) {
  bubble.className = 'msg bot stopped';
  const text = el('div', 'answer-text');
  renderCitedText(text, partial, passages);
  bubble.replaceChildren(text, el('p', 'hint', partial ? 'Stopped — the answer is incomplete.' : 'Stopped.'));
}

// Re-draws one stored turn (used when restoring the transcript after a reload).
export function renderTurn(turn) {
  appendUser(turn.question);
  const bubble = appendBot();
  if (turn.answerObject) renderFinal(bubble, turn.answerObject);
  else if (turn.error) renderError(bubble, turn.error);
  else renderStopped(bubble, turn.partial ?? '', turn.passages);
}

export function keepScrolledToBottom() {
  const box = ui.chatScroll;
  if (box.scrollHeight - box.scrollTop - box.clientHeight < 120) box.scrollTop = box.scrollHeight;
}
