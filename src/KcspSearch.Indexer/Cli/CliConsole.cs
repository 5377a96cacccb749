namespace KcspSearch.Indexer.Cli;

/// <summary>Where a command writes: standard output and error, and whether output goes to a terminal (progress bars, tables) or is redirected (plain lines).</summary>
public sealed record CliConsole(TextWriter Output, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    /// <summary>One line on standard error, prefixed with the tool's name.</summary>
    public void Fail(string message) => Error.WriteLine($"kcsp: {message}");
}
