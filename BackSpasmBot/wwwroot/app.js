// The Web Chat page: asks the host which Direct Line to use, carries on this tab's conversation after a reload (or
// starts a new one and sends the join event, so the bot welcomes the person), shows the emergency banner for an
// urgent or emergency outcome, and keeps the plan of a self-care or GP outcome for printing.
import { forgetConversation, leaveNotice, readSavedConversation, saveConversation, takeNotice } from './conversation-session.js';
import { setFooterNumber, showUrgentBanner } from './urgent-banner.js';
import { hasPlan, keepPlan, wireSaveButton } from './saved-plan.js';
import { applyPageText, text } from './page-text.js';

const azureDomain = 'https://directline.botframework.com/v3/directline';

// botframework-directlinejs's ConnectionStatus.
const online = 2;
const expiredToken = 3;
const failedToConnect = 4;
const ended = 5;

const notices = {
  expired: text.expired,
  resumed: text.resumed,
  startedAgain: text.startedAgain
};

applyPageText();

const locale = navigator.language || 'en-GB';
const usePolling = new URLSearchParams(window.location.search).get('transport') === 'polling';
const statusLine = document.getElementById('chat-status');
let emergencyNumber = '999';

function setStatus(text, isProblem) {
  statusLine.textContent = text;
  statusLine.classList.toggle('problem', !!isProblem);
}

function fetchJson(url, method) {
  // The custom header makes a cross-site request need a CORS preflight, which the host grants only to allowed origins.
  const headers = { Accept: 'application/json', 'X-BackSpasmBot-Client': 'webchat' };
  return fetch(url, { method: method || 'GET', headers: headers }).then(function (response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  });
}

/**
 * Asks the saved conversation's Direct Line for a fresh token. That proves the conversation is still there, and gives
 * the resumed page a token with a whole lifetime ahead (Web Chat first refreshes 15 minutes after it starts).
 * Resolves to { conversation }, { gone: true } (expired token, ended conversation, restarted host) or { unreachable: true }.
 */
async function refreshSaved(saved, mode) {
  if (saved.mode !== mode) {
    return { gone: true };
  }

  let response;
  try {
    response = await fetch(saved.domain + '/tokens/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + saved.token }
    });
  } catch (_) {
    return { unreachable: true };
  }

  if (response.status === 401 || response.status === 403 || response.status === 404) {
    return { gone: true };
  }
  if (!response.ok) {
    return { unreachable: true };
  }

  const body = await response.json();
  if (body.conversationId && body.conversationId !== saved.conversationId) {
    return { gone: true };
  }
  return { conversation: Object.assign({}, saved, { token: body.token || saved.token }) };
}

/** This tab's conversation if it can carry on, else a new one; with the one line that says which, if any. */
async function connectionFor(config, noticeFromLastLoad) {
  let notice = notices[noticeFromLastLoad] || '';
  const saved = readSavedConversation();
  if (saved) {
    const result = await refreshSaved(saved, config.directLine);
    if (result.conversation) {
      return { conversation: result.conversation, resumed: true, seenWatermark: Number(saved.watermark) || 0, notice: notice || notices.resumed };
    }
    if (result.unreachable) {
      throw new Error('Direct Line unreachable');
    }
    forgetConversation();
    notice = notices.expired;
  }

  const token = await fetchJson(config.tokenUrl, 'POST');
  return {
    conversation: { mode: config.directLine, domain: token.domain || azureDomain, token: token.token },
    resumed: false,
    seenWatermark: -1,
    notice: notice
  };
}

function render(connection) {
  const conversation = connection.conversation;
  const directLine = window.WebChat.createDirectLine({
    token: conversation.token,
    domain: conversation.domain,
    // With an id, Direct Line reconnects to the conversation; from watermark 0 it replays the whole of it. ('0', not
    // empty: Web Chat leaves an empty watermark out of the request, and then what a service replays is its own choice.)
    conversationId: connection.resumed ? conversation.conversationId : undefined,
    watermark: connection.resumed ? '0' : undefined,
    webSocket: !usePolling
  });

  let wasOnline = false;
  let over = false;
  let botTurns = 0;

  function save() {
    if (!over && directLine.conversationId) {
      saveConversation({
        mode: conversation.mode,
        domain: conversation.domain,
        conversationId: directLine.conversationId,
        token: directLine.token,
        watermark: directLine.watermark
      });
    }
  }

  function conversationOver(text) {
    over = true;
    forgetConversation();
    setStatus(text, true);
  }

  /** Activities of a resumed conversation up to the watermark this tab had already seen are history: shown, not announced. */
  function isHistory() {
    return connection.resumed && Number(directLine.watermark) <= connection.seenWatermark;
  }

  function onBotMessage(activity) {
    const triage = (activity.channelData || {}).triage || {};
    const disposition = triage.disposition;
    if (disposition) {
      document.body.dataset.triageOutcome = disposition;
      showUrgentBanner(disposition, emergencyNumber, isHistory());
      if (hasPlan(disposition) && activity.text) {
        keepPlan(activity.text, locale);
      }
    }

    // A question asked or an outcome given ends the bot's turn; the browser tests wait on this count.
    if (disposition || activity.inputHint === 'expectingInput') {
      botTurns += 1;
      document.body.dataset.botTurns = String(botTurns);
    }
  }

  const store = window.WebChat.createStore({}, function (webChatStore) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          if (!connection.resumed) {
            // Web Chat's documented join event: the bot welcomes before the person types.
            webChatStore.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: locale } } });
          }
          save();
        } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
          const status = action.payload.connectionStatus;
          if (status === online) {
            wasOnline = true;
          } else if (wasOnline && !over && (status === expiredToken || status === ended)) {
            conversationOver(text.conversationExpired);
          } else if (wasOnline && !over && status === failedToConnect) {
            setStatus(text.connectionLost, true);
          }
        } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload.activity.type === 'message' && !statusLine.classList.contains('problem')) {
          // "Welcome back" and the like have been read by now; a problem stays until it is dealt with.
          setStatus('');
        } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          const activity = action.payload.activity;
          save();
          if (!isHistory()) {
            unmuteTranscriptAnnouncements();
          }
          if (activity.type === 'message' && activity.from && activity.from.role === 'bot') {
            onBotMessage(activity);
          }
        }
        return next(action);
      };
    };
  });

  // The token is refreshed every 15 minutes and the phone may put the page away at any moment: save when it goes.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      save();
    }
  });
  window.addEventListener('pagehide', save);
  window.setInterval(save, 60 * 1000);

  window.WebChat.renderWebChat(
    {
      directLine: directLine,
      store: store,
      locale: locale,
      styleOptions: styleOptions,
      overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: text.botSaid }
    },
    document.getElementById('chat')
  );
  if (connection.resumed) {
    muteTranscriptAnnouncements();
  }

  return {
    /** Ends this conversation for good: nothing about it is saved again, not even as the page unloads. */
    leave: function () {
      over = true;
      forgetConversation();
      directLine.end();
    }
  };
}

// Web Chat reads every message that arrives out loud, so a resumed conversation's whole history would be read at
// once. Its live region is kept quiet while the history is replayed (the status line says the conversation is back),
// and speaks again from the first activity that is new. The messages themselves stay readable in the transcript.
let mutedLiveRegion = null;

function muteTranscriptAnnouncements() {
  mutedLiveRegion = document.querySelector('#chat .webchat__live-region-transcript');
  if (mutedLiveRegion) {
    mutedLiveRegion.setAttribute('aria-live', 'off');
  }
}

function unmuteTranscriptAnnouncements() {
  if (mutedLiveRegion) {
    mutedLiveRegion.setAttribute('aria-live', 'polite');
    mutedLiveRegion = null;
  }
}

const styleOptions = {
  accent: '#00558c',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  bubbleBackground: '#eef3f6',
  bubbleFromUserBackground: '#00558c',
  bubbleFromUserTextColor: '#ffffff',
  bubbleMaxWidth: 600,
  botAvatarInitials: 'BH',
  hideUploadButton: true,
  sendBoxHeight: 56,
  sendBoxTextWrap: true,
  suggestedActionLayout: 'flow',
  suggestedActionHeight: 48,
  suggestedActionBorderRadius: 8,
  suggestedActionBackgroundColor: '#ffffff',
  suggestedActionTextColor: '#003b61'
};

// Web Chat's typing indicator is an animated image, which CSS cannot stop: with reduced motion, three still dots.
if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
  styleOptions.typingAnimationBackgroundImage = 'url("data:image/svg+xml,' + encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="20"><g fill="#595959">' +
    '<circle cx="20" cy="10" r="4"/><circle cx="32" cy="10" r="4"/><circle cx="44" cy="10" r="4"/></g></svg>') + '")';
}

let chat = null;

document.getElementById('start-again').addEventListener('click', function () {
  // Forgotten first: whatever happens next, this tab will not go back to the old conversation.
  forgetConversation();
  if (chat) {
    chat.leave();
  }
  leaveNotice('startedAgain');
  window.location.reload();
});

wireSaveButton(function () {
  setStatus(text.printHint);
});

async function start() {
  setStatus(text.connecting);
  const noticeFromLastLoad = takeNotice();
  try {
    const config = await fetchJson('api/webchat/config?locale=' + encodeURIComponent(locale));
    emergencyNumber = config.emergencyNumber;
    setFooterNumber(emergencyNumber);
    if (config.directLine === 'none') {
      throw new Error('Web Chat is not configured');
    }

    const connection = await connectionFor(config, noticeFromLastLoad);
    chat = render(connection);
    setStatus(connection.notice);
    if (noticeFromLastLoad === 'startedAgain') {
      // Where the person was: on the control they pressed, now in a new conversation.
      document.getElementById('start-again').focus();
    }
  } catch (_) {
    setStatus(text.unavailable(emergencyNumber), true);
  }
}

start();
