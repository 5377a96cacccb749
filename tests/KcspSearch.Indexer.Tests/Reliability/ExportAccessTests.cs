using KcspSearch.Indexer.Cli;
using KcspSearch.Indexer.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Tests.Reliability;

/// <summary><c>kcsp export</c> is an admin tool, but exempt items still leave the index only when asked for by name.</summary>
public sealed class ExportAccessTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Export_LeavesExemptItemsOutUnlessIncludeRestrictedIsGiven()
    {
        var minutes = HostileDocuments.PrintedMinutes(new DateOnly(2023, 6, 15)) + """

            EXEMPT ITEMS
            (Open Access to Minutes)

            23. Operation Nightjar Staffing
            (Item E1)

            1. Mr Rooksby said that twelve covert officers had been approved for Nightjar.

            RESOLVED that the Nightjar staffing proposals be approved.

            """;
        var path = workspace.Drop("kcsp-2023-06-15.txt", minutes);
        Assert.True((await workspace.Services.GetRequiredService<KcspSearch.Indexer.Ingest.IngestService>().IngestAsync(path)).Succeeded);

        var open = await ExportAsync();
        var everything = await ExportAsync("--include-restricted");

        Assert.NotEmpty(open);
        Assert.DoesNotContain(open, line => line.Contains("Nightjar", StringComparison.Ordinal));
        Assert.Contains(everything, line => line.Contains("twelve covert officers", StringComparison.Ordinal));
        Assert.Equal(open.Count + 2, everything.Count);
    }

    private async Task<List<string>> ExportAsync(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KcspCli.RunAsync(["export", "--jsonl", "--index-dir", workspace.IndexDirectory, .. extra], new CliConsole(output, error, IsTerminal: false));
        Assert.True(code == ExitCodes.Success, error.ToString());
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    public void Dispose() => workspace.Dispose();
}
