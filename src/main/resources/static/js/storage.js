// What survives a reload: the conversation, its transcript and the article last open.
// localStorage can throw (privacy mode, quota); the chat must work without it.

const CONVERSATION = 'articlechat.conversationId';
const TRANSCRIPT = 'articlechat.transcript';
const ARTICLE = 'articlechat.articleId';
const MAX_STORED_TURNS = 50; // keeps localStorage well under its quota

function get(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

function set(key, value) {
  try { value == null ? localStorage.removeItem(key) : localStorage.setItem(key, value); } catch { /* ignore */ }
}

export const savedConversationId = () => get(CONVERSATION);
export const saveConversationId = (id) => set(CONVERSATION, id);

export const savedArticleId = () => get(ARTICLE);
export const saveArticleId = (id) => set(ARTICLE, id);

/** The stored turns, or an empty list when there are none or they cannot be read. */
export function savedTranscript() {
  try {
    const turns = JSON.parse(get(TRANSCRIPT));
    return Array.isArray(turns) ? turns : [];
  } catch {
    return [];
  }
}

/** Keeps the newest turns and returns what was kept. */
export function saveTranscript(turns) {
  const kept = turns.slice(-MAX_STORED_TURNS);
  set(TRANSCRIPT, JSON.stringify(kept));
  return kept;
}

/** "New chat": the conversation and its transcript are forgotten. */
export function forgetConversation() {
  set(CONVERSATION, null);
  set(TRANSCRIPT, null);
}
