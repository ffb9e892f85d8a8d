using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The Web Chat page in a browser set to Spanish (es-ES): the page's own words, the bot's welcome, questions and
/// buttons, and the outcome are all in Spanish; a "Sí" to a red flag shows the banner with the deployment's number.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpanishWebChatTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    private static readonly LanguageContent Spanish = ClinicalContent.Default.Language("es");

    [Fact]
    public async Task ASpanishBrowserGetsTheWholeTriageInSpanishAndASpanishYesToARedFlagShowsTheBanner()
    {
        var page = await browser.NewPageAsync(locale: "es-ES");
        await page.GotoAsync(browser.PageAddress("websocket").ToString());
        var chat = new WebChatPage(page);

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Empezar de nuevo" })).ToBeVisibleAsync();
        await Assertions.Expect(chat.Bubble("En pocas palabras")).ToBeVisibleAsync();

        await chat.TypeAsync("me duele la espalda desde ayer, me dio un tirón levantando una caja");
        var question = Spanish.Questions[0];
        await Assertions.Expect(chat.Bubble(question.Text[..40])).ToBeVisibleAsync();
        Assert.Contains("Sí", await chat.ChoicesAsync());
        Assert.Contains(Spanish.YesNoButtons[2], await chat.ChoicesAsync());

        await chat.ChooseAsync("Sí");

        Assert.Equal("emergency", await chat.OutcomeAsync());
        await Assertions.Expect(chat.Bubble("cola de caballo")).ToBeVisibleAsync();
        await Assertions.Expect(chat.Bubble("Esto es porque tienes problemas nuevos para orinar")).ToBeVisibleAsync();
        var banner = page.Locator("#urgent-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Por tus respuestas necesitas ayuda ahora");
        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = "Llamar al 999" })).ToHaveAttributeAsync("href", "tel:999");
        await page.Context.CloseAsync();
    }
}
