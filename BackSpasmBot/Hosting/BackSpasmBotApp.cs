using BackSpasmBot.DirectLine;
using BackSpasmBot.Telemetry;

namespace BackSpasmBot.Hosting;

/// <summary>Builds the whole host: the one recipe shared by Program and the tests.</summary>
public static class BackSpasmBotApp
{
    /// <summary>The address the bot listens on when nothing else is configured.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <param name="args">Command-line arguments (e.g. <c>--urls</c>, <c>--Storage:Provider=Memory</c>).</param>
    /// <param name="configure">Lets tests replace services or add configuration before the app is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // appsettings.json lives at the repository root and is copied beside the binary, so the app finds
            // it whatever the working directory is.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddBackSpasmBot();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseHardening();
        app.MapBotEndpoints();
        app.MapOperationsEndpoints();
        app.MapFhirEndpoints();
        app.MapDirectLine();
        return app;
    }
}
