namespace BackSpasmBot.Turns;

/// <summary>The replies of a turn could not be delivered to the channel; the turn's state change was undone.</summary>
public sealed class RepliesNotDeliveredException(Exception innerException)
    : Exception("The replies of the turn could not be delivered; its state change was undone.", innerException);
