using BackSpasmBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Turns;

/// <summary>
/// Lets the triage read at most <see cref="HardeningOptions.MaxMessageCharacters"/> of a message (its text, or the
/// answer a value-only submit carries), cut at a word boundary, and tells the person so, so nothing they wrote is
/// silently ignored. Keeps a 256K-character message from costing seconds of symptom recognition.
/// </summary>
public sealed class MessageLengthMiddleware(IOptions<HardeningOptions> options) : IMiddleware
{
    public const string TooLongNote =
        "Your message was very long, so I read only the first part of it. If there is more you want me to know, please send it as a shorter message.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var max = options.Value.MaxMessageCharacters;
        if (turnContext.Activity is { Type: ActivityTypes.Message } activity && Shorten(activity, max))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(TooLongNote, TooLongNote, InputHints.IgnoringInput), cancellationToken);
        }

        await next(cancellationToken);
    }

    /// <summary>Cuts the text and any string answer in the value; true when something was cut.</summary>
    public static bool Shorten(Activity activity, int max)
    {
        var cut = false;
        if (activity.Text is { } text && text.Length > max)
        {
            activity.Text = Cut(text, max);
            cut = true;
        }

        switch (activity.Value)
        {
            case string value when value.Length > max:
                activity.Value = Cut(value, max);
                cut = true;
                break;
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    if (property.Value.Type == JTokenType.String && property.Value.Value<string>() is { } s && s.Length > max)
                    {
                        property.Value = Cut(s, max);
                        cut = true;
                    }
                }

                break;
        }

        return cut;
    }

    /// <summary>At most <paramref name="max"/> characters, ending at a space when there is one near, never inside a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        var end = max;
        if (char.IsLowSurrogate(text[end]) && end > 0)
        {
            end--;
        }

        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 200));
        return text[..(space > 0 ? space : end)];
    }
}
