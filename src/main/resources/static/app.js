// Article Chat — browser side.
//
// Security rule for this file: article text, questions and model output are all
// untrusted (a model can be talked into emitting HTML), so the DOM is built with
// createElement + textContent only. Never innerHTML & co.

import { fetchWhenFree } from './busy.js';

const LS_CONVERSATION = 'articlechat.conversationId';
const LS_TRANSCRIPT = 'articlechat.transcript';
const LS_ARTICLE = 'articlechat.articleId';
const MAX_STORED_TURNS = 50;            // keeps localStorage well under its quota
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g; // "[1]" or "[1, 2]"

// localStorage can throw (privacy mode, quota); the chat must work without it.
const store = {
  get(key) { try { return localStorage.getItem(key); } catch { return null; } },
  set(key, value) {
    try { value == null ? localStorage.removeItem(key) : localStorage.setItem(key, value); } catch { /* ignore */ }
  },
  getJson(key) { try { return JSON.parse(store.get(key)); } catch { return null; } },
};

const $ = (id) => document.getElementById(id);
const ui = {
  picker: $('article-picker'), pickerWrap: $('picker-wrap'), newChat: $('new-chat'),
  articlePane: $('article-pane'), title: $('article-title'), source: $('article-source'),
  status: $('article-status'), body: $('article-body'),
  chatScroll: $('chat-scroll'), starters: $('starters'), transcript: $('transcript'),
  form: $('ask-form'), question: $('question'), send: $('send'), stop: $('stop'),
  charCount: $('char-count'),
};

const state = {
  articles: [],
  article: null,              // article detail currently shown
  cache: new Map(),           // articleId -> article detail
  articleTicket: 0,           // guards against out-of-order article loads
  conversationId: store.get(LS_CONVERSATION),
  transcript: store.getJson(LS_TRANSCRIPT) ?? [],
  controller: null,           // AbortController of the answer in flight
  epoch: 0,                   // bumped by "New chat" so a late answer is dropped
  lastReveal: { citation: null, at: 0 },
};

const citationOf = new WeakMap(); // chip/source button -> citation object

// ---------- small helpers ----------

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

class Problem extends Error {
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

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await problemFrom(res);
  return res.json();
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

// ---------- article pane ----------

async function loadArticles() {
  let listed;
  try {
    listed = await getJson('/api/articles');
  } catch (err) {
    return showArticleMessage('Could not load the articles', err.message);
  }
  listed = Array.isArray(listed) ? listed : [];
  // The list also names files the server could not read (version null, lastError set): there is
  // nothing to show or ask about for those, so they are never offered or opened.
  state.articles = listed.filter((a) => a && typeof a.id === 'string' && a.version != null);
  if (state.articles.length === 0) {
    const failed = listed.length - state.articles.length;
    return showArticleMessage('No articles yet', failed > 0
      ? `No article could be read; ${failed} file${failed === 1 ? '' : 's'} failed to load on the server.`
      : 'No article has been ingested on the server.');
  }
  ui.picker.replaceChildren(...state.articles.map((a) => {
    const option = el('option', null, a.title || a.id);
    option.value = a.id;
    return option;
  }));
  ui.pickerWrap.hidden = state.articles.length < 2;
  const saved = store.get(LS_ARTICLE);
  await showArticle(state.articles.some((a) => a.id === saved) ? saved : state.articles[0].id);
}

function showArticleMessage(title, detail) {
  ui.title.textContent = title;
  ui.source.textContent = '';
  ui.body.replaceChildren(el('p', 'article-empty', detail));
}

// Loads (or re-loads, if the cited version differs from the cached one) and shows an article.
async function showArticle(id, version) {
  const ticket = ++state.articleTicket;
  let article = state.cache.get(id);
  if (!article || (version && article.version !== version)) {
    try {
      article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    } catch (err) {
      if (ticket === state.articleTicket) showArticleMessage('Could not load the article', err.message);
      return null;
    }
    state.cache.set(id, article);
  }
  if (ticket !== state.articleTicket) return null; // a newer switch won
  state.article = article;
  ui.picker.value = id;
  store.set(LS_ARTICLE, id);
  renderArticle(article);
  return article;
}

function paragraphText(article, p) {
  return typeof p.text === 'string' ? p.text : article.text.slice(p.start, p.end);
}

function renderArticle(article) {
  ui.title.textContent = article.title || article.id;
  // Sources often carry the date already ("The Korea Herald | Jan. 7, 2026"); show it only when there is none.
  const bits = [article.byline, article.source || formatDate(article.published)].filter(Boolean);
  ui.source.replaceChildren(...bits);
  if (/^https?:\/\//i.test(article.url ?? '')) { // only real web links, never javascript: URLs
    const link = el('a', 'article-link', 'Original article');
    link.href = article.url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    ui.source.append(bits.length ? ' · ' : '', link);
  }
  const listed = state.articles.find((a) => a.id === article.id);
  ui.status.hidden = !listed?.lastError;
  ui.status.textContent = listed?.lastError ? `Last update failed: ${listed.lastError}` : '';
  ui.body.lang = article.language || '';
  ui.body.replaceChildren(...(article.paragraphs ?? []).map((p) => {
    // The visible number comes from CSS (attr(data-paragraph)) so the element's
    // text stays exactly the paragraph text.
    const para = el('p', 'para', paragraphText(article, p));
    para.id = `p-${p.n}`;
    para.dataset.paragraph = p.n;
    return para;
  }));
  ui.articlePane.scrollTop = 0;
}

function formatDate(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value)
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function clearHighlights() {
  for (const para of ui.body.querySelectorAll('.para.cited')) {
    para.textContent = para.textContent; // collapses the <mark> back into plain text
    para.classList.remove('cited');
  }
}

// Where the quote sits inside the paragraph. Offsets are trusted first, but if
// they do not match the quote (e.g. the article changed since the answer) we
// look the quote up instead.
function quoteRange(text, paragraphStart, citation) {
  const from = citation.start - paragraphStart, to = citation.end - paragraphStart;
  const valid = Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= text.length && from < to;
  if (valid && (!citation.quote || text.slice(from, to) === citation.quote)) return [from, to];
  const found = citation.quote ? text.indexOf(citation.quote) : -1;
  if (found >= 0) return [found, found + citation.quote.length];
  return valid ? [from, to] : null;
}

async function revealCitation(citation) {
  // Focus and click both fire for one mouse press; do the work once.
  const now = Date.now();
  if (state.lastReveal.citation === citation && now - state.lastReveal.at < 500) return;
  state.lastReveal = { citation, at: now };

  const needsLoad = citation.articleId && (state.article?.id !== citation.articleId
    || (citation.articleVersion && state.article.version !== citation.articleVersion));
  if (needsLoad && !(await showArticle(citation.articleId, citation.articleVersion))) return;
  const article = state.article;
  const p = article?.paragraphs?.find((x) => x.n === citation.paragraph);
  const para = document.getElementById(`p-${citation.paragraph}`);
  if (!p || !para) return;

  clearHighlights();
  const text = paragraphText(article, p);
  const range = quoteRange(text, p.start, citation);
  para.classList.add('cited');
  if (range) {
    const mark = el('mark', 'quote-highlight', text.slice(range[0], range[1]));
    para.replaceChildren(text.slice(0, range[0]), mark, text.slice(range[1]));
  }
  para.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'center' });
}

// ---------- rendering chat messages ----------

function chip(citation) {
  const button = el('button', 'cite', citation.n);
  button.type = 'button';
  button.dataset.n = citation.n;
  button.dataset.paragraph = citation.paragraph;
  button.title = citation.quote ?? '';
  button.setAttribute('aria-label', `Source ${citation.n}, paragraph ${citation.paragraph}`);
  citationOf.set(button, citation);
  return button;
}

// Writes answer text into `container`, turning [n] / [n, m] markers that refer
// to a known citation into chips. Unknown markers stay as typed.
function renderCitedText(container, text, citations) {
  const byN = new Map((citations ?? []).map((c) => [c.n, c]));
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const known = m[1].split(',').map((s) => byN.get(Number(s))).filter(Boolean);
    if (known.length === 0) continue;
    parts.push(text.slice(last, m.index));
    const group = el('span', 'cite-group');
    group.append(...known.map(chip));
    parts.push(group);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  container.replaceChildren(...parts);
}

function appendUser(question) {
  const bubble = el('div', 'msg user');
  bubble.append(el('p', 'msg-text', question));
  ui.transcript.append(bubble);
  return bubble;
}

function appendBot() {
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

function renderFinal(bubble, answer) {
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

function renderSources(citations) {
  const list = el('ol', 'sources');
  list.setAttribute('aria-label', 'Sources');
  for (const c of citations) {
    const item = el('li', 'source');
    const label = `[${c.n}] ¶${c.paragraph}`;
    const jump = el('button', 'source-jump', label);
    jump.type = 'button';
    // The accessible name starts with the visible label so voice control users can say it.
    jump.setAttribute('aria-label', `${label}: show source ${c.n}, paragraph ${c.paragraph}`);
    citationOf.set(jump, c);
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

function renderError(bubble, problem) {
  bubble.className = 'msg bot error';
  bubble.replaceChildren(el('p', 'msg-text', problem.detail ? `${problem.title}: ${problem.detail}` : problem.title));
}

function renderStopped(bubble, partial, passages) {
  bubble.className = 'msg bot stopped';
  const text = el('div', 'answer-text');
  renderCitedText(text, partial, passages);
  bubble.replaceChildren(text, el('p', 'hint', partial ? 'Stopped — the answer is incomplete.' : 'Stopped.'));
}

// Re-draws one stored turn (used when restoring the transcript after a reload).
function renderTurn(turn) {
  appendUser(turn.question);
  const bubble = appendBot();
  if (turn.answerObject) renderFinal(bubble, turn.answerObject);
  else if (turn.error) renderError(bubble, turn.error);
  else renderStopped(bubble, turn.partial ?? '', turn.passages);
}

function keepScrolledToBottom() {
  const box = ui.chatScroll;
  if (box.scrollHeight - box.scrollTop - box.clientHeight < 120) box.scrollTop = box.scrollHeight;
}

function updateStarters() {
  ui.starters.hidden = ui.transcript.childElementCount > 0;
}

// ---------- asking ----------

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

function parseJson(data) { try { return JSON.parse(data); } catch { return undefined; } }

function setBusy(busy) {
  ui.question.disabled = busy;
  ui.send.disabled = busy;
  ui.stop.disabled = !busy;
  ui.transcript.setAttribute('aria-busy', String(busy)); // announce the answer once, not per token
  for (const b of ui.starters.querySelectorAll('.starter')) b.disabled = busy;
}

function saveTranscript() {
  state.transcript = state.transcript.slice(-MAX_STORED_TURNS);
  store.set(LS_TRANSCRIPT, JSON.stringify(state.transcript));
}

async function ask(rawQuestion) {
  const question = rawQuestion.trim();
  if (!question || state.controller) return;
  const epoch = state.epoch;
  ui.question.value = '';
  updateCharCount();
  appendUser(question);
  updateStarters();
  const bubble = appendBot();
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);

  const turn = { raw: '', passages: [], final: null, problem: null, frame: 0 };
  const drawStreaming = () => {
    turn.frame = 0;
    renderCitedText(bubble.querySelector('.answer-text'), turn.raw, turn.passages);
    keepScrolledToBottom();
  };
  const onEvent = (name, data) => {
    if (epoch !== state.epoch) return true;
    if (name === 'passages') turn.passages = parseJson(data) ?? [];
    else if (name === 'token') {
      const token = parseJson(data);
      turn.raw += typeof token?.text === 'string' ? token.text : (token === undefined ? data : '');
      turn.frame ||= requestAnimationFrame(drawStreaming); // at most one redraw per frame
    } else if (name === 'done') turn.final = parseJson(data) ?? { answer: data };
    else if (name === 'error') turn.problem = parseJson(data) ?? { title: 'Error', detail: data };
    return name === 'done' || name === 'error';
  };

  const body = { question };
  if (state.article) body.articleId = state.article.id;
  if (state.conversationId) body.conversationId = state.conversationId;
  try {
    const res = await fetchWhenFree('/api/ask/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: controller.signal,
    }, (seconds) => bubble.querySelector('.answer-text').replaceChildren(
      el('p', 'hint busy', `The model is busy with other questions; asking again in ${seconds} s…`)));
    if (!res.ok) throw await problemFrom(res);
    await readEvents(res, onEvent);
    if (!turn.final && !turn.problem) {
      turn.problem = { title: 'Connection closed', detail: 'the answer stream ended before the answer was complete.' };
    }
  } catch (err) {
    if (err.name === 'AbortError') turn.stopped = true;
    else if (err instanceof Problem) turn.problem = { title: err.title, detail: err.detail };
    else turn.problem = { title: 'Network error', detail: 'could not reach the server. Is it running?' };
  } finally {
    cancelAnimationFrame(turn.frame);
    state.controller = null;
    setBusy(false);
  }
  if (epoch !== state.epoch) return; // "New chat" was pressed meanwhile

  if (turn.final) {
    renderFinal(bubble, turn.final);
    // The server may start a new conversation (e.g. it forgot ours): follow it.
    if (turn.final.conversationId && turn.final.conversationId !== state.conversationId) {
      state.conversationId = turn.final.conversationId;
      store.set(LS_CONVERSATION, state.conversationId);
    }
    state.transcript.push({ question, answerObject: turn.final });
  } else if (turn.stopped) {
    renderStopped(bubble, turn.raw, turn.passages);
    state.transcript.push({ question, stopped: true, partial: turn.raw, passages: turn.passages });
  } else {
    renderError(bubble, turn.problem);
    state.transcript.push({ question, error: turn.problem });
  }
  saveTranscript();
  keepScrolledToBottom();
  // Disabling the input dropped focus; give it back unless the user moved on.
  const active = document.activeElement;
  if (!active || active === document.body || active === ui.stop) ui.question.focus();
}

function newChat() {
  state.epoch++;
  state.controller?.abort();
  if (state.conversationId) {
    // Fire and forget: the local reset must not wait for (or fail with) the server.
    fetch(`/api/conversations/${encodeURIComponent(state.conversationId)}`, { method: 'DELETE' }).catch(() => {});
  }
  state.conversationId = null;
  state.transcript = [];
  store.set(LS_CONVERSATION, null);
  store.set(LS_TRANSCRIPT, null);
  ui.transcript.replaceChildren();
  clearHighlights();
  updateStarters();
  ui.question.focus();
}

function updateCharCount() {
  const len = ui.question.value.length, max = ui.question.maxLength;
  ui.charCount.textContent = len >= max * 0.8 ? `${len} / ${max}` : '';
}

// ---------- wiring ----------

function onCitationEvent(event) {
  const target = event.target.closest?.('.cite, .source-jump');
  const citation = target && citationOf.get(target);
  if (citation) revealCitation(citation);
}

function init() {
  ui.form.addEventListener('submit', (e) => { e.preventDefault(); ask(ui.question.value); });
  ui.question.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a newline; leave IME composition alone.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ui.form.requestSubmit(); }
  });
  ui.question.addEventListener('input', updateCharCount);
  ui.stop.addEventListener('click', () => state.controller?.abort());
  ui.newChat.addEventListener('click', newChat);
  ui.picker.addEventListener('change', () => { clearHighlights(); showArticle(ui.picker.value); });
  ui.starters.addEventListener('click', (e) => {
    const starter = e.target.closest('.starter');
    if (starter) ask(starter.textContent);
  });
  ui.transcript.addEventListener('click', onCitationEvent);
  ui.transcript.addEventListener('focusin', onCitationEvent);

  if (!Array.isArray(state.transcript)) state.transcript = [];
  for (const turn of state.transcript) {
    try {
      if (turn && typeof turn.question === 'string') renderTurn(turn);
    } catch { /* a corrupt stored turn must not break the page */ }
  }
  updateStarters();
  ui.chatScroll.scrollTop = ui.chatScroll.scrollHeight;
  loadArticles();
}

init();
