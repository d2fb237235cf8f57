// The article pane: the list of articles, the one open, and the quote a citation points at.

import { getJson } from './api.js';
import { el, reducedMotion, ui } from './dom.js';
import { saveArticleId, savedArticleId } from './storage.js';

const state = {
  articles: [],
  article: null,              // article detail currently shown
  cache: new Map(),           // articleId -> article detail
  ticket: 0,                  // guards against out-of-order article loads
  lastReveal: { citation: null, at: 0 },
  onShown: () => {},
};

/** The article open now, or null. */
export const openArticle = () => state.article;

/** Calls `listener(article)` each time an article is shown, and `listener(null)` when none can be. */
export function onArticleShown(listener) {
  state.onShown = listener;
}

export async function loadArticles() {
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
  const saved = savedArticleId();
  await showArticle(state.articles.some((a) => a.id === saved) ? saved : state.articles[0].id);
}

function showArticleMessage(title, detail) {
  ui.title.textContent = title;
  ui.source.textContent = '';
  ui.body.replaceChildren(el('p', 'article-empty', detail));
  state.onShown(null);
}

// Loads (or re-loads, if the cited version differs from the cached one) and shows an article.
export async function showArticle(id, version) {
  const ticket = ++state.ticket;
  let article = state.cache.get(id);
  if (!article || (version && article.version !== version)) {
    try {
      article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    } catch (err) {
      if (ticket === state.ticket) showArticleMessage('Could not load the article', err.message);
      return null;
    }
    state.cache.set(id, article);
  }
  if (ticket !== state.ticket) return null; // a newer switch won
  state.article = article;
  ui.picker.value = id;
  saveArticleId(id);
  renderArticle(article);
  state.onShown(article);
  return article;
}

function paragraphText(article, p) {
  return typeof p.text === 'string' ? p.text : article.text.slice(p.start, p.end);
}

function renderArticle(article) {
  ui.title.textContent = article.title || article.id;
  // Sources often carry the date already ("The Korea Herald | Jan. 7, 2026"); show it only when there is none.
  const bits = [article.byline, article.source || formatDate(article.published)].filter(Boolean);
  ui.source.replaceChildren(bits.join(' · '));
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

export function clearHighlights() {
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

/** Opens the cited article (in the cited version) if need be, then scrolls to and marks the quote. */
export async function revealCitation(citation) {
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
