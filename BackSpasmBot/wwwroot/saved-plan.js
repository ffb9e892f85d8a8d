// "Save my plan": after a self-care or GP outcome the page keeps a printable copy of the bot's advice, and the button
// opens the browser's print window (which on a phone is also where "Save as PDF" is). The print stylesheet
// (print.css) prints that copy alone. The copy lives only in this page: nothing is stored.

import { text as pageText } from './page-text.js';

const plannedOutcomes = { selfcare: true, gp: true };

/** Whether this outcome comes with a plan worth keeping (urgent and emergency outcomes are for acting now). */
export function hasPlan(disposition) {
  return !!plannedOutcomes[disposition];
}

/** Lines of the bot's message as paragraphs, with runs of "- " lines as lists; all as text, never as HTML. */
function render(text, into) {
  let list = null;
  for (const line of text.split('\n')) {
    const item = /^\s*[-•*]\s+(.*)$/.exec(line);
    if (item) {
      list = list || into.appendChild(document.createElement('ul'));
      list.appendChild(document.createElement('li')).textContent = item[1];
    } else {
      list = null;
      if (line.trim()) {
        into.appendChild(document.createElement('p')).textContent = line;
      }
    }
  }
}

/** Replaces the printable plan with this outcome's advice, dated today in the person's language. */
export function keepPlan(text, locale) {
  const body = document.getElementById('plan-body');
  body.replaceChildren();
  render(text, body);

  let date;
  try {
    date = new Date().toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  } catch (_) {
    date = new Date().toDateString();
  }
  document.getElementById('plan-date').textContent = pageText.savedOn(date);

  document.getElementById('save-plan').hidden = false;
}

export function wireSaveButton(onSave) {
  document.getElementById('save-plan').addEventListener('click', function () {
    onSave();
    window.print();
  });
}
