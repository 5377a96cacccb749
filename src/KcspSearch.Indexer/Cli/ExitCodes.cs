namespace KcspSearch.Indexer.Cli;

/// <summary>The exit codes of <c>kcsp</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some of the work failed (a file that could not be indexed, an index that does not verify).</summary>
    public const int PartialFailure = 1;
    /// <summary>Bad usage or bad input: unknown option, missing file, a document that is not minutes.</summary>
    public const int BadInput = 2;
}
