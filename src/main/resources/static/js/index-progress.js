// While an archive is still being indexed, a progress bar under the header says how far it has got
// and roughly how long is left (GET /api/index); answers meanwhile cover the articles indexed so far.

import { getJson } from './api.js';
import { ui } from './dom.js';

const POLL_MS = 2000;
const count = new Intl.NumberFormat('en');

function timeLeft(seconds) {
  if (!seconds) return '';
  if (seconds < 90) return `, about ${seconds} s left`;
  return `, about ${Math.round(seconds / 60)} min left`;
}

function show(status) {
  const indexing = status.state !== 'ready';
  ui.indexProgress.hidden = !indexing;
  if (!indexing) return false;
  ui.indexBar.max = Math.max(1, status.sentencesTotal);
  ui.indexBar.value = status.sentencesIndexed;
  ui.indexText.textContent = `Indexing the archive: ${count.format(status.articlesIndexed)} of `
    + `${count.format(status.articlesTotal)} articles${timeLeft(status.etaSeconds)}. `
    + 'Answers cover the articles indexed so far.';
  return true;
}

// Polls until the index is ready; a failed poll (server restarting) is retried at the same pace.
export function watchIndexing() {
  getJson('/api/index')
    .then((status) => { if (show(status)) setTimeout(watchIndexing, POLL_MS); })
    .catch(() => setTimeout(watchIndexing, POLL_MS));
}
