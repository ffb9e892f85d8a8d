using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary>docs/clinical-content.md is what the content generates: a reviewer never reads a stale copy.</summary>
public sealed class ReviewDocumentTests
{
    [Fact]
    public void TheCommittedReviewDocumentIsTheOneTheContentGenerates()
    {
        var committed = File.ReadAllText(RepositoryFiles.Path("docs", "clinical-content.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(
            committed == ReviewDocument.Generate(ClinicalContent.Default),
            "docs/clinical-content.md differs from the content: run `dotnet run --project BackSpasmBot -- content document docs/clinical-content.md`.");
    }

    [Fact]
    public void TheCommittedSpanishReviewDocumentIsTheOneTheContentGenerates()
    {
        var committed = File.ReadAllText(RepositoryFiles.Path("docs", "clinical-content.es.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(
            committed == ReviewDocument.Generate(ClinicalContent.Default, "es"),
            "docs/clinical-content.es.md differs from the content: run `dotnet run --project BackSpasmBot -- content document docs/clinical-content.es.md --language es`.");
        Assert.Contains(ClinicalContent.Default.Language("es").Message("self_care_opening"), committed, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReviewDocumentListsEveryFindingWithItsTierQuestionsAndSources()
    {
        var document = ReviewDocument.Generate(ClinicalContent.Default);

        foreach (var finding in ClinicalContent.Default.Findings)
        {
            var section = document[document.IndexOf($"### `{finding.Id}` ({finding.Tier})", StringComparison.Ordinal)..];
            section = section[..section.IndexOf("\n### ", 4, StringComparison.Ordinal)];
            Assert.Contains(finding.Source, section, StringComparison.Ordinal);
            Assert.Contains("**Asked by:**", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnEditToTheContentChangesTheDocument()
    {
        using var folder = new ContentFolder().Replace("en/messages.yaml", "gentle walks for a few minutes", "gentle walks for some minutes");

        var edited = ReviewDocument.Generate(folder.Load());

        Assert.Contains("gentle walks for some minutes", edited, StringComparison.Ordinal);
        Assert.NotEqual(ReviewDocument.Generate(ClinicalContent.Default), edited);
    }
}
