// The chat controller: asking (streamed), stopping, "New chat", the suggested questions and the
// composer's state.

import { askStream, deleteConversation, parseJson, Problem } from './api.js';
import { clearHighlights, openArticle } from './article-pane.js';
import { el, ui } from './dom.js';
import {
  appendBot, appendUser, keepScrolledToBottom, renderCitedText, renderError, renderFinal, renderStopped, renderTurn,
} from './messages.js';
import { forgetConversation, saveConversationId, savedConversationId, savedTranscript, saveTranscript } from './storage.js';

const state = {
  conversationId: savedConversationId(),
  transcript: savedTranscript(),
  controller: null,           // AbortController of the answer in flight
  epoch: 0,                   // bumped by "New chat" so a late answer is dropped
};

/** Draws the stored transcript again after a reload. */
export function restoreTranscript() {
  for (const turn of state.transcript) {
    try {
      if (turn && typeof turn.question === 'string') renderTurn(turn);
    } catch { /* a corrupt stored turn must not break the page */ }
  }
  updateStarters();
  ui.chatScroll.scrollTop = ui.chatScroll.scrollHeight;
}

/** Offers the questions the server suggests for the article open now (none when no article is). */
export function showStarters(questions) {
  const list = Array.isArray(questions) ? questions.filter((q) => typeof q === 'string' && q.trim()) : [];
  ui.starterList.replaceChildren(...list.map((question) => {
    const button = el('button', 'starter', question);
    button.type = 'button';
    button.disabled = state.controller != null;
    return button;
  }));
}

function updateStarters() {
  ui.starters.hidden = ui.transcript.childElementCount > 0;
}

function setBusy(busy) {
  ui.question.disabled = busy;
  ui.send.disabled = busy;
  ui.stop.disabled = !busy;
  ui.transcript.setAttribute('aria-busy', String(busy)); // announce the answer once, not per token
  for (const b of ui.starterList.querySelectorAll('.starter')) b.disabled = busy;
}

function remember(turn) {
  state.transcript.push(turn);
  state.transcript = saveTranscript(state.transcript);
}

export async function ask(rawQuestion) {
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
  const article = openArticle();
  if (article) body.articleId = article.id;
  if (state.conversationId) body.conversationId = state.conversationId;
  try {
    await askStream(body, controller.signal, onEvent, (seconds) => bubble.querySelector('.answer-text')
      .replaceChildren(el('p', 'hint busy', `The model is busy with other questions; asking again in ${seconds} s…`)));
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
      saveConversationId(state.conversationId);
    }
    remember({ question, answerObject: turn.final });
  } else if (turn.stopped) {
    renderStopped(bubble, turn.raw, turn.passages);
    remember({ question, stopped: true, partial: turn.raw, passages: turn.passages });
  } else {
    renderError(bubble, turn.problem);
    remember({ question, error: turn.problem });
  }
  keepScrolledToBottom();
  // Disabling the input dropped focus; give it back unless the user moved on.
  const active = document.activeElement;
  if (!active || active === document.body || active === ui.stop) ui.question.focus();
}

export function stop() {
  state.controller?.abort();
}

export function newChat() {
  state.epoch++;
  state.controller?.abort();
  if (state.conversationId) deleteConversation(state.conversationId);
  state.conversationId = null;
  state.transcript = [];
  forgetConversation();
  ui.transcript.replaceChildren();
  clearHighlights();
  updateStarters();
  ui.question.focus();
}

/** The question limit the server enforces; the textarea then refuses longer input. */
export function limitQuestionLength(max) {
  if (Number.isInteger(max) && max > 0) ui.question.maxLength = max;
  updateCharCount();
}

export function updateCharCount() {
  const len = ui.question.value.length, max = ui.question.maxLength;
  ui.charCount.textContent = max > 0 && len >= max * 0.8 ? `${len} / ${max}` : '';
}
