namespace KcspSearch.Minutes;

/// <summary>Why a document could not be turned into a meeting.</summary>
public enum MinutesError
{
    Empty,
    TooLarge,
    UnknownFormat,
    CorruptDocument,
    NoTextLayer,
    Encrypted,
    ExtractorMissing,
    ExtractorTimeout,
    NotMinutes,
}

/// <summary>A bad input, reported with a specific reason and a message fit for the user.</summary>
public sealed class MinutesException(MinutesError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public MinutesError Error { get; } = error;
}
