namespace BackSpasmBot.Transcripts;

/// <summary>
/// <c>Transcripts</c> in appsettings.json: conversations written as Bot Framework Emulator <c>.transcript</c> files,
/// for developers. Off by default: a transcript holds everything a person typed about their health.
/// </summary>
public sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    /// <summary>Write transcripts. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The folder for the files, one subfolder per channel. Relative paths are resolved against the working
    /// directory. Default "transcripts".
    /// </summary>
    public string Folder { get; set; } = "transcripts";

    public IEnumerable<string> Problems()
    {
        if (Enabled && string.IsNullOrWhiteSpace(Folder))
        {
            yield return "Transcripts:Folder must name a folder when Transcripts:Enabled is true.";
        }
    }
}
