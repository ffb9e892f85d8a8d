// The page's own words in the person's language: Spanish for any es-* browser locale, English otherwise. The bot's
// messages come from the bot in the conversation's language; these are only the page around the chat.

const english = {
  lang: 'en',
  title: 'Back spasm helper',
  skip: 'Skip to the chat',
  heading: 'Back spasm helper',
  intro: 'Answer a few questions about your back pain and get advice on what to do next. This is not a diagnosis.',
  chatLabel: 'Chat with the back spasm helper',
  savePlan: 'Save my plan',
  startAgain: 'Start again',
  footerBefore: 'If you feel very unwell, or you have trouble peeing, numbness around your bottom or weakness in your legs, call ',
  footerAfter: ' now.',
  planTitle: 'My back pain plan',
  planSource: 'From the back spasm helper. This is general advice, not a diagnosis.',
  savedOn: (date) => 'Saved on ' + date + '.',
  call: (number) => 'Call ' + number,
  emergencyBanner: (number) => 'Your answers mean you need help now. Call ' + number + ' or go to the emergency department.',
  urgentBanner: (number) => 'Your answers mean you need urgent medical help today. If you get worse, call ' + number + '.',
  expired: 'Your earlier conversation had ended, so this is a new one.',
  resumed: 'Welcome back. Your conversation is as you left it.',
  startedAgain: 'You have started a new conversation.',
  conversationExpired: 'This conversation has expired. Press Start again to begin a new one.',
  connectionLost: 'The connection was lost. Reload the page to carry on.',
  botSaid: 'The back spasm helper said:',
  printHint: 'In the print window, choose Save as PDF to keep a copy, or print it.',
  connecting: 'Connecting…',
  unavailable: (number) => 'The chat is not available right now. Please try again later. If you feel very unwell, call ' + number + ' now.'
};

const spanish = {
  lang: 'es',
  title: 'Asistente para espasmos de espalda',
  skip: 'Ir al chat',
  heading: 'Asistente para espasmos de espalda',
  intro: 'Responde unas preguntas sobre tu dolor de espalda y recibe consejos sobre qué hacer. Esto no es un diagnóstico.',
  chatLabel: 'Chat con el asistente para espasmos de espalda',
  savePlan: 'Guardar mi plan',
  startAgain: 'Empezar de nuevo',
  footerBefore: 'Si te encuentras muy mal, o tienes problemas para orinar, adormecimiento alrededor del ano o debilidad en las piernas, llama ahora al ',
  footerAfter: '.',
  planTitle: 'Mi plan para el dolor de espalda',
  planSource: 'Del asistente para espasmos de espalda. Son consejos generales, no un diagnóstico.',
  savedOn: (date) => 'Guardado el ' + date + '.',
  call: (number) => 'Llamar al ' + number,
  emergencyBanner: (number) => 'Por tus respuestas necesitas ayuda ahora. Llama al ' + number + ' o ve a urgencias.',
  urgentBanner: (number) => 'Por tus respuestas necesitas atención médica urgente hoy. Si empeoras, llama al ' + number + '.',
  expired: 'Tu conversación anterior había terminado, así que esta es nueva.',
  resumed: 'Hola de nuevo. Tu conversación está como la dejaste.',
  startedAgain: 'Has empezado una conversación nueva.',
  conversationExpired: 'Esta conversación ha caducado. Pulsa Empezar de nuevo para iniciar otra.',
  connectionLost: 'Se perdió la conexión. Recarga la página para seguir.',
  botSaid: 'El asistente para espasmos de espalda dijo:',
  printHint: 'En la ventana de impresión, elige Guardar como PDF para quedarte una copia, o imprímelo.',
  connecting: 'Conectando…',
  unavailable: (number) => 'El chat no está disponible ahora mismo. Inténtalo más tarde. Si te encuentras muy mal, llama ahora al ' + number + '.'
};

/** The words for this browser's language. */
export const text = /^es\b/i.test(navigator.language || '') ? spanish : english;

/** Puts the page's static words in the person's language. */
export function applyPageText() {
  document.documentElement.lang = text.lang;
  document.title = text.title;
  document.querySelector('.skip-link').textContent = text.skip;
  document.querySelector('.site-header h1').textContent = text.heading;
  document.querySelector('.site-header p').textContent = text.intro;
  document.getElementById('chat').setAttribute('aria-label', text.chatLabel);
  document.getElementById('save-plan').textContent = text.savePlan;
  document.getElementById('start-again').textContent = text.startAgain;
  document.getElementById('plan-title').textContent = text.planTitle;
  document.querySelector('.plan-source').textContent = text.planSource;
  const footer = document.querySelector('.site-footer p');
  const call = document.getElementById('footer-call');
  footer.replaceChildren(document.createTextNode(text.footerBefore), call, document.createTextNode(text.footerAfter));
}
