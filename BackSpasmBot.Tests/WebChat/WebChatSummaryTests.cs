using System.Text;
using BackSpasmBot.Tests.Fhir;
using BackSpasmBot.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.Playwright;
using Task = System.Threading.Tasks.Task;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>The summary for a doctor in the Web Chat page: asked for with the button the outcome offers, shown as a card with its files.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatSummaryTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task TheSummaryButtonAfterAnOutcomeShowsTheCardAndItsFiles()
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.effectiveDirective));
            """);
        await page.GotoAsync(browser.PageAddress("websocket").ToString());
        var chat = new WebChatPage(page);
        await chat.WaitForWelcomeAsync();
        await chat.TypeAsync("My back went into spasm this morning, " + "xylophone");
        await chat.ChooseAsync("Yes");
        Assert.Equal("emergency", await chat.OutcomeAsync());

        // The summary neither asks nor decides, so it does not count as a bot turn: wait for the card itself.
        await page.Locator(WebChatPage.SuggestedActions).GetByText("Summary for my doctor", new() { Exact = true }).ClickAsync();

        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "summary for a doctor" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync("Emergency: told to call 999");
        await Assertions.Expect(card).ToContainTextAsync("new trouble peeing or controlling your bladder or bowels");
        Assert.DoesNotContain("xylophone", await card.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        // The files are links in the transcript; the FHIR one holds the Bundle itself.
        var fhirLink = page.Locator("a[href^='data:application/fhir+json']");
        await Assertions.Expect(fhirLink).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("a[href^='data:text/html']")).ToHaveCountAsync(1);
        var href = await fhirLink.GetAttributeAsync("href") ?? string.Empty;
        var bundle = FhirAssert.ParsesAndValidates<Bundle>(Encoding.UTF8.GetString(Convert.FromBase64String(href[(href.IndexOf(',', StringComparison.Ordinal) + 1)..])));
        Assert.Contains(bundle.Entry, e => e.Resource is QuestionnaireResponse);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        await page.Context.CloseAsync();
    }
}
