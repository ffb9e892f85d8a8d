using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>Limits, rate limiting, browser protections and log hygiene: everything the public internet needs of the host.</summary>
public static class HardeningExtensions
{
    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<HardeningOptions>(
            HardeningOptions.SectionName, options => options.Problems(), "Hardening options are invalid: see Hardening:FrameAncestors.");

        // Cut huge bodies off while they arrive (the endpoints then check the 256K-character activity limit exactly), and
        // bound the connections, so idle or stuck sockets cannot pile up without end.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var hardening = context.Configuration.GetSection(HardeningOptions.SectionName).Get<HardeningOptions>() ?? new HardeningOptions();
            kestrel.Limits.MaxRequestBodySize = hardening.MaxRequestBodyBytes;
            kestrel.Limits.MaxConcurrentConnections = hardening.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = hardening.MaxConcurrentUpgradedConnections;
        });

        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<SecurityHeaders>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HardeningOptions>, IOptions<BotOptions>>((limiter, hardening, bot) =>
        {
            limiter.GlobalLimiter = AddressRateLimiter.Create(hardening.Value.AddressRateLimit, bot.Value);
            limiter.AddPolicy(AddressRateLimiter.TokenPolicy, http => AddressRateLimiter.Partition(http, "token", hardening.Value.TokenRateLimit));
            limiter.OnRejected = (context, _) =>
            {
                ConversationRateLimiter.Reject(context.HttpContext.Response, ConversationRateLimiter.RetryAfter(context.Lease, hardening.Value.AddressRateLimit.Period));
                return ValueTask.CompletedTask;
            };
        });

        // Request logging that never carries what could identify a person or open a conversation: the hosting
        // diagnostics' "Request starting" line includes the query string (the Direct Line stream token travels there),
        // so it is kept at Warning, and HTTP logging records method, path, status and duration only; never headers or
        // bodies. Outgoing HTTP logs never show header values (the connector's bearer token).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        services.AddHttpLogging(logging =>
        {
            logging.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            logging.RequestHeaders.Clear();
            logging.ResponseHeaders.Clear();
        });
        services.ConfigureHttpClientDefaults(http => http.RedactLoggedHeaders(_ => true));
        return builder;
    }

    /// <summary>Adds the headers, request logging and rate limiter to the pipeline; call before mapping endpoints.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                headers.Apply(http.Response);
                return Task.CompletedTask;
            });
            return next(http);
        });
        app.UseHttpLogging();
        app.UseRateLimiter();
        return app;
    }
}
