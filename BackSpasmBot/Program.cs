using BackSpasmBot.Hosting;

var app = BackSpasmBotApp.Build(args);
app.Run();

/// <summary>Lets tests host the real app.</summary>
public partial class Program;
