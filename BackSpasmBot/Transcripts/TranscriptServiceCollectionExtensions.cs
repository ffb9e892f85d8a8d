using BackSpasmBot.Hosting;
using BackSpasmBot.Triage.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Transcripts;

/// <summary>Registers Emulator transcripts when <c>Transcripts:Enabled</c> is true; nothing at all otherwise.</summary>
public static class TranscriptServiceCollectionExtensions
{
    public static WebApplicationBuilder AddTranscripts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<TranscriptOptions>(
            TranscriptOptions.SectionName, options => options.Problems(), "Transcript options are invalid: see Transcripts:Folder.");

        var options = builder.Configuration.GetSection(TranscriptOptions.SectionName).Get<TranscriptOptions>() ?? new TranscriptOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TranscriptStore(sp.GetRequiredService<IOptions<TranscriptOptions>>().Value.Folder));
        services.AddSingleton<IConversationDataEraser>(sp => sp.GetRequiredService<TranscriptStore>());
        services.AddSingleton<IMiddleware, TranscriptMiddleware>();
        return builder;
    }
}
