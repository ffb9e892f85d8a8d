// Drives botframework-directlinejs (the client Web Chat uses) against a Direct Line endpoint, following the steps in
// the JSON scenario given as the first argument, and prints what it saw as one JSON object on stdout.
'use strict';

global.XMLHttpRequest = require('xhr2');
const NodeWebSocket = require('ws');

const sockets = [];
class RecordingWebSocket extends NodeWebSocket {
  constructor(url, ...rest) {
    super(url, ...rest);
    sockets.push(this);
  }
}
global.WebSocket = RecordingWebSocket;

const { DirectLine } = require('botframework-directlinejs');

const scenario = JSON.parse(process.argv[2]);
const seen = { statuses: [], activities: [], posts: [], streamUrls: [], errors: [] };

const directLine = new DirectLine({
  token: scenario.token,
  domain: scenario.domain,
  conversationId: scenario.conversationId,
  watermark: scenario.watermark,
  webSocket: scenario.webSocket !== false,
  pollingInterval: 200,
  timeout: 5000,
  // Reconnect after the shortest delay directlinejs allows (3 s) rather than a random one up to 15 s.
  random: () => 0
});

directLine.connectionStatus$.subscribe((status) => seen.statuses.push(status));
directLine.activity$.subscribe(
  (activity) => seen.activities.push({
    id: activity.id,
    type: activity.type,
    role: activity.from && activity.from.role,
    fromId: activity.from && activity.from.id,
    text: activity.text,
    clientActivityID: activity.channelData && activity.channelData.clientActivityID
  }),
  (error) => seen.errors.push(String(error && error.message || error))
);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition, what) {
  for (let waited = 0; waited < 15000; waited += 50) {
    if (condition()) {
      return;
    }
    await sleep(50);
  }
  throw new Error('timed out waiting for ' + what);
}

function post(activity, index) {
  const clientActivityID = 'client-' + index;
  return new Promise((resolve) => {
    directLine.postActivity({ from: { id: 'chosen-by-client', name: 'Pat' }, channelData: { clientActivityID }, ...activity })
      .subscribe(
        (id) => { seen.posts.push({ clientActivityID, id }); resolve(); },
        (error) => { seen.posts.push({ clientActivityID, error: String(error && error.status || error) }); resolve(); }
      );
  });
}

async function run() {
  let index = 0;
  for (const step of scenario.steps) {
    if (step.post) {
      await post(step.post, index++);
    } else if (step.waitActivities) {
      await until(() => seen.activities.length >= step.waitActivities, step.waitActivities + ' activities');
    } else if (step.waitStatus !== undefined) {
      await until(() => seen.statuses.includes(step.waitStatus), 'status ' + step.waitStatus);
    } else if (step.dropSocket) {
      sockets[sockets.length - 1].terminate();
    } else if (step.waitSockets) {
      await until(() => sockets.length >= step.waitSockets && sockets[sockets.length - 1].readyState === NodeWebSocket.OPEN, step.waitSockets + ' sockets');
    } else if (step.sleep) {
      await sleep(step.sleep);
    }
  }
}

run()
  .catch((error) => seen.errors.push(String(error.message || error)))
  .finally(() => {
    seen.streamUrls = sockets.map((socket) => socket.url);
    seen.watermark = directLine.watermark;
    process.stdout.write(JSON.stringify(seen) + '\n');
    directLine.end();
    process.exit(0);
  });
