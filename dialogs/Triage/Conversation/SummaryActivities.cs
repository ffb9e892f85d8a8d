using System.Net;
using System.Text;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Fhir;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// The summary for a doctor as a message: an Adaptive Card to read in the chat (plain JSON, as ChoiceRenderer's cards),
/// a printable HTML page, and the FHIR R4 Bundle (application/fhir+json). The files travel inside the message as data
/// URLs: nothing is stored to serve them, so nothing outlives the conversation (docs/handover.md).
/// </summary>
public static class SummaryActivities
{
    public const string HtmlFileName = "back-pain-summary.html";
    public const string FhirFileName = "back-pain-summary.fhir.json";

    /// <summary>
    /// The message that carries the summary; <c>channelData.triage.summary</c> is true. Without <paramref name="withFiles"/>
    /// (Teams, which takes files from bots only through its file consent flow) it carries the card alone.
    /// </summary>
    public static Activity Summary(HandoverSummary summary, string fhirJson, bool withFiles)
    {
        var activity = TriageActivities.Say(withFiles ? SummaryWording.Sent : SummaryWording.SentCardOnly);
        activity.ChannelData = new JObject { ["triage"] = new JObject { ["summary"] = true } };
        activity.Attachments = withFiles
            ? [Card(summary), File(HtmlFileName, "text/html", Html(summary)), File(FhirFileName, FhirCanonical.JsonMediaType, fhirJson)]
            : [Card(summary)];
        return activity;
    }

    /// <summary>The summary as an Adaptive Card (schema 1.2, which Teams mobile renders): facts, then the lists.</summary>
    public static Attachment Card(HandoverSummary summary)
    {
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = summary.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JObject { ["type"] = "TextBlock", ["text"] = summary.Intro, ["isSubtle"] = true, ["wrap"] = true },
            new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray(summary.Facts.Select(f => new JObject { ["title"] = f.Label, ["value"] = f.Value })),
            },
        };
        foreach (var section in summary.Sections)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = section.Heading, ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
            var items = section.Items.Count == 0 ? summary.None : string.Join("\n", section.Items.Select(i => "- " + i));
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = items, ["wrap"] = true });
        }

        return new Attachment
        {
            ContentType = ChoiceRenderer.AdaptiveCardContentType,
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.2",
                ["body"] = body,
            },
        };
    }

    /// <summary>A page the person can keep or print: every value HTML-encoded.</summary>
    public static string Html(HandoverSummary summary)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(summary.Title)).Append("</title>\n");
        html.Append("<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.4}th{text-align:left;padding-right:1em;vertical-align:top}</style>\n");
        html.Append("</head>\n<body>\n<h1>").Append(E(summary.Title)).Append("</h1>\n<p>").Append(E(summary.Intro)).Append("</p>\n<table>\n");
        foreach (var fact in summary.Facts)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(fact.Label)).Append("</th><td>").Append(E(fact.Value)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        foreach (var section in summary.Sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.Items.Count == 0)
            {
                html.Append("<p>").Append(E(summary.None)).Append("</p>\n");
                continue;
            }

            html.Append("<ul>\n");
            foreach (var item in section.Items)
            {
                html.Append("<li>").Append(E(item)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>A file inside the message, as a data URL.</summary>
    private static Attachment File(string name, string contentType, string text) => new()
    {
        Name = name,
        ContentType = contentType,
        ContentUrl = $"data:{contentType};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}",
    };
}
