// The Web Chat page: asks the host which Direct Line to use, connects, sends the join event so the bot welcomes
// the person, and shows a banner with the emergency number when an outcome is urgent or an emergency.
(function () {
  'use strict';

  var locale = navigator.language || 'en-GB';
  var usePolling = new URLSearchParams(window.location.search).get('transport') === 'polling';
  var statusLine = document.getElementById('chat-status');
  var emergencyNumber = '999';

  function setStatus(text, isProblem) {
    statusLine.textContent = text;
    statusLine.classList.toggle('problem', !!isProblem);
  }

  function setEmergencyNumber(number) {
    emergencyNumber = number;
    var footerCall = document.getElementById('footer-call');
    footerCall.textContent = number;
    footerCall.href = 'tel:' + number.replace(/\s+/g, '');
  }

  function showUrgentBanner(disposition) {
    var banner = document.getElementById('urgent-banner');
    var call = document.getElementById('urgent-call');
    document.getElementById('urgent-text').textContent = disposition === 'emergency'
      ? 'Your answers mean you need help now. Call ' + emergencyNumber + ' or go to the emergency department.'
      : 'Your answers mean you need urgent medical help today. If you get worse, call ' + emergencyNumber + '.';
    call.textContent = 'Call ' + emergencyNumber;
    call.href = 'tel:' + emergencyNumber.replace(/\s+/g, '');
    banner.dataset.disposition = disposition;
    banner.hidden = false;
  }

  function postJson(url, method) {
    // The custom header makes a cross-site request need a CORS preflight, which the host grants only to allowed origins.
    var headers = { Accept: 'application/json', 'X-BackSpasmBot-Client': 'webchat' };
    return fetch(url, { method: method || 'GET', headers: headers }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  // Welcome on connect (Web Chat's documented join event), and watch outcomes for the banner.
  function createStore() {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: locale } } });
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var channelData = action.payload.activity.channelData || {};
            var disposition = channelData.triage && channelData.triage.disposition;
            if (disposition) {
              // The latest outcome, for styling and for the browser tests.
              document.body.dataset.triageOutcome = disposition;
            }
            if (disposition === 'emergency' || disposition === 'urgent') {
              showUrgentBanner(disposition);
            }
          }
          return next(action);
        };
      };
    });
  }

  var styleOptions = {
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

  setStatus('Connecting…');
  postJson('api/webchat/config?locale=' + encodeURIComponent(locale))
    .then(function (config) {
      setEmergencyNumber(config.emergencyNumber);
      if (config.directLine === 'none') {
        throw new Error('Web Chat is not configured');
      }
      return postJson(config.tokenUrl, 'POST');
    })
    .then(function (token) {
      var directLine = window.WebChat.createDirectLine({
        token: token.token,
        domain: token.domain || undefined,
        webSocket: !usePolling
      });
      window.WebChat.renderWebChat(
        { directLine: directLine, store: createStore(), locale: locale, styleOptions: styleOptions },
        document.getElementById('chat')
      );
      setStatus('');
    })
    .catch(function () {
      setStatus('The chat is not available right now. Please try again later. If you feel very unwell, call ' + emergencyNumber + ' now.', true);
    });
})();
