using BackSpasmBot.Bench;

return await BenchProgram.RunAsync(args);
