// The page's elements and the one way this page builds DOM.
//
// Security rule for every module: article text, questions and model output are all untrusted
// (a model can be talked into emitting HTML), so the DOM is built with createElement +
// textContent only. Never innerHTML & co.

const $ = (id) => document.getElementById(id);

// Modules run after the document is parsed, so the elements are all there.
export const ui = {
  picker: $('article-picker'), pickerWrap: $('picker-wrap'), newChat: $('new-chat'),
  articlePane: $('article-pane'), title: $('article-title'), source: $('article-source'),
  status: $('article-status'), body: $('article-body'),
  chatScroll: $('chat-scroll'), starters: $('starters'), starterList: $('starter-list'), transcript: $('transcript'),
  form: $('ask-form'), question: $('question'), send: $('send'), stop: $('stop'),
  charCount: $('char-count'),
  indexProgress: $('index-progress'), indexBar: $('index-bar'), indexText: $('index-text'),
};

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
