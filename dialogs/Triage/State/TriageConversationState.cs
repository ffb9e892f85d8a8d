using BackSpasmBot.Dialogs.Engine.Channels;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Triage.State;

/// <summary>
/// The conversation's state, typed (<see cref="ConversationData"/>): read once per turn from the store's JSON with
/// System.Text.Json, and written back only when its JSON changed, checked against the eTag it was read with. It takes
/// the place of the SDK's property bag (a JSON tree copied into a dictionary, hashed by serialising it, converted
/// through accessors, then serialised again to save), so that a turn builds no JSON tree.
/// </summary>
/// <remarks>
/// <para>
/// Kept per person where several people share the conversation (Teams group chats and channels). Otherwise two
/// colleagues answering in the same channel would be merged into one triage, and "forget me" from one would erase
/// the other. One-to-one conversations use the SDK's key unchanged.
/// </para>
/// <para>
/// It is still a <see cref="ConversationState"/> for the pipeline (load, save, delete, clear), so adapters and error
/// handlers use it as before; the SDK's property accessors are not used with it (<see cref="TriageState"/> gives typed
/// access). With a store that is not an <see cref="IJsonDocumentStore"/> it reads and writes through <c>IStorage</c>.
/// </para>
/// </remarks>
public sealed class TriageConversationState : ConversationState
{
    private const string CacheKey = "BackSpasmBot.Triage.ConversationData";
    private const string ETagProperty = "eTag";

    private readonly IStorage _storage;
    private readonly IJsonDocumentStore? _documents;

    /// <param name="storage">The store.</param>
    /// <param name="documents">The same store's JSON document interface, when it has one (else taken from <paramref name="storage"/> if it is one).</param>
    public TriageConversationState(IStorage storage, IJsonDocumentStore? documents = null)
        : base(storage)
    {
        _storage = storage;
        _documents = documents ?? storage as IJsonDocumentStore;
    }

    /// <summary>The key this turn's state is stored under (a check-in is booked under the same key).</summary>
    public string KeyFor(ITurnContext turnContext) => GetStorageKey(turnContext);

    /// <summary>This turn's state, loaded on first use; the same instance for the whole turn, saved at its end.</summary>
    public Task<ConversationData> DataAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Loaded(turnContext) is { } loaded ? Task.FromResult(loaded.Data) : LoadDataAsync(turnContext, cancellationToken);

    /// <summary>The state as it was read from the store this turn (its JSON), or null when nothing was stored or nothing is loaded.</summary>
    public string? StoredJson(ITurnContext turnContext) => Loaded(turnContext)?.StoredJson;

    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && Loaded(turnContext) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var stored = await ReadAsync(key, cancellationToken);
        turnContext.TurnState[CacheKey] = new LoadedConversation(
            key,
            stored is null ? new ConversationData() : ConversationJson.Deserialize(stored.Json),
            stored?.Json,
            stored?.ETag);
    }

    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Loaded(turnContext) is not { } loaded)
        {
            return;
        }

        var json = ConversationJson.Serialize(loaded.Data);
        if (!force && string.Equals(json, loaded.LastJson, StringComparison.Ordinal))
        {
            return;
        }

        loaded.ETag = await WriteAsync(loaded.Key, json, loaded.ETag, cancellationToken);
        loaded.LastJson = json;
    }

    /// <summary>
    /// Puts <paramref name="json"/> (a <see cref="StoredJson"/> from earlier in the turn; null for nothing) back as this
    /// turn's state and saves it, checked against the eTag this turn's own save got.
    /// </summary>
    public async Task RestoreAsync(ITurnContext turnContext, string? json, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        var loaded = Loaded(turnContext)!;
        loaded.Data = json is null ? new ConversationData() : ConversationJson.Deserialize(json);
        await SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    public override async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = GetStorageKey(turnContext);
        turnContext.TurnState[CacheKey] = Empty(key);
        await _storage.DeleteAsync([key], cancellationToken);
    }

    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Loaded(turnContext) is { } loaded)
        {
            loaded.Data = new ConversationData();
        }

        return Task.CompletedTask;
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var key = base.GetStorageKey(turnContext);
        var personId = turnContext.Activity.From?.Id;
        return ConversationKind.IsShared(turnContext.Activity) && !string.IsNullOrEmpty(personId)
            ? $"{key}/users/{personId}"
            : key;
    }

    private async Task<ConversationData> LoadDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return Loaded(turnContext)!.Data;
    }

    private static LoadedConversation? Loaded(ITurnContext turnContext) => turnContext.TurnState.Get<LoadedConversation>(CacheKey);

    /// <summary>Nothing stored: the empty state's JSON counts as unchanged, so an untouched empty state is never written.</summary>
    private static LoadedConversation Empty(string key) => new(key, new ConversationData(), null, null);

    private async Task<StoredJson?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (_documents is not null)
        {
            return await _documents.ReadJsonAsync(key, cancellationToken);
        }

        var items = await _storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        var document = value as JObject ?? JObject.FromObject(value);
        var eTag = document.Value<string>(ETagProperty);
        document.Remove(ETagProperty);
        return new StoredJson(document.ToString(Newtonsoft.Json.Formatting.None), eTag ?? "*");
    }

    private async Task<string?> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken)
    {
        if (_documents is not null)
        {
            return await _documents.WriteJsonAsync(key, json, eTag, cancellationToken);
        }

        // The SDK's interface: a document carries its eTag inside, as BotState's dictionaries do.
        var document = JObject.Parse(json);
        if (eTag is not null)
        {
            document[ETagProperty] = eTag;
        }

        await _storage.WriteAsync(new Dictionary<string, object> { [key] = document }, cancellationToken);
        return document.Value<string>(ETagProperty) ?? eTag;
    }

    /// <summary>The turn's loaded state, the JSON it was read as and last saved as, and the eTag to check the next save against.</summary>
    private sealed class LoadedConversation(string key, ConversationData data, string? storedJson, string? eTag)
    {
        public string Key { get; } = key;

        public ConversationData Data { get; set; } = data;

        /// <summary>The JSON read from the store (null: nothing was stored).</summary>
        public string? StoredJson { get; } = storedJson;

        /// <summary>The JSON last read or written: a save with the same JSON writes nothing.</summary>
        public string? LastJson { get; set; } = storedJson ?? EmptyJson;

        public string? ETag { get; set; } = eTag;

        private static string EmptyJson { get; } = ConversationJson.Serialize(new ConversationData());
    }
}
