// The benchmark's JavaScript peer (bench/BackSpasmBot.Bench/Targets/PeerProcess.cs starts it):
//   node bot.js <port>         the back-pain triage, speaking the channelData.triage contract our bot speaks
//   node bot.js <port> echo    an echo bot
// Microsoft's CloudAdapter on express, with no credentials: like the Emulator, the benchmark's channel needs none.

const express = require('express');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const { TriageBot, EchoBot } = require('./bots');

const port = Number(process.argv[2]);
const echo = process.argv[3] === 'echo';
if (!Number.isInteger(port) || port <= 0) {
    console.error('usage: node bot.js <port> [echo]');
    process.exit(2);
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error.stack || error}`);
    await context.sendActivity('Sorry, something went wrong. Please send that again.');
};

const bot = echo ? new EchoBot() : new TriageBot();
const app = express();
app.use(express.json({ limit: '1mb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, context => bot.run(context)));

// The line the benchmark waits for before it sends anything.
app.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port} (${echo ? 'echo' : 'triage'})`));
