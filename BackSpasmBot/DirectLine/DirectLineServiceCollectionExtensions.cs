using BackSpasmBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>Registers and maps the Web Chat channel: the page, its config and token endpoints, and the built-in Direct Line.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "DirectLine";

    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<DirectLineOptions>(
            DirectLineOptions.SectionName,
            options => options.Problems(),
            "DirectLine options are invalid: see DirectLine:AllowedOrigins, DirectLine:TokenSigningKey, DirectLine:PublicBaseUrl and DirectLine:Azure:TokenEndpoint (https only).");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineBotAdapter>();
        services.AddHttpClient<AzureDirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(15));

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(directLine.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", WebChatEndpoints.ClientHeader)));
        return builder;
    }

    /// <summary>Serves the page at <c>/</c>, its endpoints, and (when enabled) the built-in Direct Line.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCors();
        app.UseWebSockets();
        app.MapWebChatEndpoints();

        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (options.IsEnabledIn(app.Environment))
        {
            app.MapDirectLineProtocol();
        }

        return app;
    }
}
