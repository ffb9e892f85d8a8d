// The banner with the emergency number, shown when an outcome is urgent or an emergency. It is announced once,
// assertively, through a live region that is in the page from the start (a region that appears with its text already
// in it is not announced by every screen reader). It is announced again only if an urgent outcome becomes an
// emergency, and never for an outcome replayed from before a reload: that one is shown, not shouted again.

import { text as pageText } from './page-text.js';

const severity = { urgent: 1, emergency: 2 };
let shown = null;
let announced = null;

function telHref(number) {
  return 'tel:' + number.replace(/\s+/g, '');
}

function message(disposition, emergencyNumber) {
  return disposition === 'emergency' ? pageText.emergencyBanner(emergencyNumber) : pageText.urgentBanner(emergencyNumber);
}

/**
 * Shows the banner for an urgent or emergency outcome (a milder outcome never hides it: the advice still stands).
 * @param {boolean} fromHistory the outcome was given before this page loaded.
 */
export function showUrgentBanner(disposition, emergencyNumber, fromHistory) {
  if (!severity[disposition] || (shown && severity[shown] >= severity[disposition])) {
    return;
  }

  shown = disposition;
  const text = message(disposition, emergencyNumber);
  const banner = document.getElementById('urgent-banner');
  const call = document.getElementById('urgent-call');
  document.getElementById('urgent-text').textContent = text;
  call.textContent = pageText.call(emergencyNumber);
  call.href = telHref(emergencyNumber);
  banner.dataset.disposition = disposition;
  banner.hidden = false;

  if (!fromHistory && announced !== disposition) {
    announced = disposition;
    document.getElementById('urgent-announcer').textContent = text;
  }
}

export function setFooterNumber(emergencyNumber) {
  const footerCall = document.getElementById('footer-call');
  footerCall.textContent = emergencyNumber;
  footerCall.href = telHref(emergencyNumber);
}
