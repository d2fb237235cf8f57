// Article Chat, browser side: wires the page's controls to the modules beside this one.

import { getJson } from './api.js';
import { clearHighlights, loadArticles, onArticleShown, revealCitation, showArticle } from './article-pane.js';
import { ask, limitQuestionLength, newChat, restoreTranscript, showStarters, stop, updateCharCount } from './chat.js';
import { ui } from './dom.js';
import { watchIndexing } from './index-progress.js';
import { citationAt } from './messages.js';

function onCitationEvent(event) {
  const citation = citationAt(event.target);
  if (citation) revealCitation(citation);
}

function init() {
  ui.form.addEventListener('submit', (e) => { e.preventDefault(); ask(ui.question.value); });
  ui.question.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a newline; leave IME composition alone.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ui.form.requestSubmit(); }
  });
  ui.question.addEventListener('input', updateCharCount);
  ui.stop.addEventListener('click', stop);
  ui.newChat.addEventListener('click', newChat);
  ui.picker.addEventListener('change', () => { clearHighlights(); showArticle(ui.picker.value); });
  ui.starters.addEventListener('click', (e) => {
    const starter = e.target.closest('.starter');
    if (starter) ask(starter.textContent);
  });
  ui.transcript.addEventListener('click', onCitationEvent);
  ui.transcript.addEventListener('focusin', onCitationEvent);
  onArticleShown((article) => showStarters(article?.questions));

  restoreTranscript();
  // The server's own limit; until it arrives (or if it cannot), the server still refuses longer questions.
  getJson('/api/config').then((config) => limitQuestionLength(config?.maxQuestionLength)).catch(() => {});
  loadArticles();
  watchIndexing();
}

init();
