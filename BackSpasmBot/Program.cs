using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Hosting;

if (ContentCommand.Matches(args))
{
    return ContentCommand.Run(args, Console.Out, Console.Error);
}

try
{
    BackSpasmBotApp.Build(args).Run();
    return 0;
}
catch (ContentException e)
{
    // Invalid clinical content: refuse to start, saying where each problem is.
    ContentCommand.WriteProblems(e, Console.Error);
    return 1;
}

/// <summary>Lets tests host the real app.</summary>
public partial class Program;
