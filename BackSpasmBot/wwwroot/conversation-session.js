// What the page keeps so that a reload carries on the same conversation: the Direct Line it used, the conversation
// id, the latest token and the watermark. Kept in sessionStorage, so it belongs to this tab and is gone when the tab
// closes (the computer may be shared); never anything the person said. Storage can be unavailable (a locked-down
// browser): then nothing is kept and every load starts a new conversation.

const conversationKey = 'backspasmbot.conversation';
const noticeKey = 'backspasmbot.notice';

function storage() {
  try {
    return window.sessionStorage;
  } catch (_) {
    return null;
  }
}

function write(key, value) {
  const store = storage();
  if (!store) {
    return;
  }
  try {
    if (value === null) {
      store.removeItem(key);
    } else {
      store.setItem(key, value);
    }
  } catch (_) {
    // Full or refused: the conversation still works, it just will not survive a reload.
  }
}

/** The conversation this tab had, or null. */
export function readSavedConversation() {
  const store = storage();
  try {
    const saved = store && JSON.parse(store.getItem(conversationKey));
    return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' && typeof saved.domain === 'string'
      ? saved
      : null;
  } catch (_) {
    return null;
  }
}

/** Remembers the conversation: { mode, domain, conversationId, token, watermark }. */
export function saveConversation(conversation) {
  write(conversationKey, JSON.stringify({
    mode: conversation.mode,
    domain: conversation.domain,
    conversationId: conversation.conversationId,
    token: conversation.token,
    watermark: conversation.watermark || ''
  }));
}

export function forgetConversation() {
  write(conversationKey, null);
}

/** A one-line note for the next load of this tab (why it starts a new conversation). */
export function leaveNotice(text) {
  write(noticeKey, text);
}

/** The note left by the previous load, once. */
export function takeNotice() {
  const store = storage();
  let text = null;
  try {
    text = store && store.getItem(noticeKey);
  } catch (_) {
    text = null;
  }
  write(noticeKey, null);
  return text;
}
