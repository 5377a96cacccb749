using System.Text.Json;
using KcspSearch.Indexer.Cli;
using KcspSearch.Tests;

namespace KcspSearch.Indexer.Tests.Cli;

public sealed class KcspCliTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "kcsp-cli-tests", Guid.NewGuid().ToString("N"));

    public KcspCliTests() => Directory.CreateDirectory(root);

    private string IndexDir => Path.Combine(root, "index");

    [SharedTheory]
    [InlineData("fixtures/kcsp-2022-03-24.html", "kcsp-2022-03-24", "10:00", 10)]
    [InlineData("seeds/kcsp-2022-03-24.moderngov.txt", "kcsp-2022-03-24", "10:00", 10)]
    [InlineData("fixtures/kcsp-2019-10-08.pdf", "kcsp-2019-10-08", null, 15)]
    [InlineData("seeds/kcsp-2019-10-08.pdf-extract.txt", "kcsp-2019-10-08", null, 15)]
    public async Task Parse_RealMinutes_PrintsTheParseContractJson(string file, string id, string? startTime, int items)
    {
        var (code, output, error) = await Run("parse", SharedFiles.Path(file), "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        var meeting = JsonDocument.Parse(output).RootElement;
        Assert.Equal(id, meeting.GetProperty("id").GetString());
        Assert.Equal("Kent Community Safety Partnership", meeting.GetProperty("committee").GetString());
        Assert.Equal(id[^10..], meeting.GetProperty("date").GetString());
        Assert.Equal(startTime, meeting.GetProperty("startTime").GetString());
        var parsedItems = meeting.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items, parsedItems.Count);
        var chunk = parsedItems.SelectMany(i => i.GetProperty("chunks").EnumerateArray()).First();
        Assert.StartsWith(id + "/", chunk.GetProperty("id").GetString());
        Assert.Contains(chunk.GetProperty("kind").GetString(), new[] { "discussion", "resolution", "procedural", "attendance" });
    }

    [Fact]
    public async Task Parse_NotMinutes_PrintsOneLineErrorAndExitsTwo()
    {
        var file = Path.Combine(root, "letter.txt");
        await File.WriteAllTextAsync(file, "Dear Sir,\nThank you for your letter.\nYours faithfully\n");

        var (code, output, error) = await Run("parse", file, "--json");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("letter.txt", error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("frobnicate")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("generate", "--out", "somewhere")]
    [InlineData("index", "/no/such/folder")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await Run(args);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("kcsp: ", error);
    }

    [Fact]
    public async Task Help_IsAvailableOnEveryCommand()
    {
        foreach (var command in new[] { "parse", "index", "search", "export", "generate", "stats", "verify", "reindex", "watch" })
        {
            var (code, output, _) = await Run(command, "--help");
            Assert.Equal(ExitCodes.Success, code);
            // The root's name is the executable's (kcsp, or the test host here).
            Assert.Contains("Usage:", output);
            Assert.Contains($" {command} ", output);
        }
    }

    [Fact]
    public async Task Generate_SameSeed_GivesTheSameFiles()
    {
        var first = await Run("generate", "--meetings", "12", "--out", Path.Combine(root, "a"), "--seed", "4");
        await Run("generate", "--meetings", "12", "--out", Path.Combine(root, "b"), "--seed", "4");

        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.Contains("12 meetings", first.Output);
        var a = Files(Path.Combine(root, "a"));
        Assert.Equal(12, a.Count);
        Assert.Equal(a, Files(Path.Combine(root, "b")));
    }

    [Fact]
    public async Task IndexSearchExportStatsVerify_OverAGeneratedCorpus()
    {
        var corpus = Path.Combine(root, "corpus");
        await Run("generate", "--meetings", "20", "--out", corpus, "--seed", "2");

        var index = await Run("index", corpus, "--index-dir", IndexDir);
        var again = await Run("index", corpus, "--index-dir", IndexDir);
        var search = await Run("search", "RESOLVED", "--json", "--group", "chunk", "--limit", "5", "--index-dir", IndexDir);
        var export = await Run("export", "--jsonl", "--index-dir", IndexDir);
        var stats = await Run("stats", "--json", "--index-dir", IndexDir);
        var verify = await Run("verify", "--index-dir", IndexDir);

        Assert.Equal(ExitCodes.Success, index.Code);
        Assert.Contains("20 added", index.Output);
        Assert.Contains("20 unchanged", again.Output);
        Assert.Equal(ExitCodes.Success, search.Code);
        var response = JsonDocument.Parse(search.Output).RootElement;
        Assert.True(response.GetProperty("total").GetInt32() > 0);
        Assert.Equal(5, response.GetProperty("hits").GetArrayLength());
        Assert.Contains("<mark>", response.GetProperty("hits")[0].GetProperty("snippet").GetString());
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var chunks = JsonDocument.Parse(stats.Output).RootElement.GetProperty("chunks").GetInt32();
        Assert.Equal(chunks, lines.Length);
        Assert.All(new[] { "id", "meeting_date", "committee", "item_title", "speaker", "topics", "kind", "text" },
            key => Assert.True(JsonDocument.Parse(lines[0]).RootElement.TryGetProperty(key, out _), key));
        Assert.Equal(ExitCodes.Success, verify.Code);
        Assert.Contains("index OK", verify.Output);
    }

    [Fact]
    public async Task Index_WithABadFile_ReportsItAndExitsOne()
    {
        var corpus = Path.Combine(root, "corpus");
        await Run("generate", "--meetings", "3", "--out", corpus);
        await File.WriteAllTextAsync(Path.Combine(corpus, "not-minutes.txt"), "lorem ipsum");

        var (code, output, error) = await Run("index", corpus, "--index-dir", IndexDir);

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Contains("3 added", output);
        Assert.Contains("1 failed", output);
        Assert.Contains("not-minutes.txt", error);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KcspCli.RunAsync(args, new CliConsole(output, error, IsTerminal: false));
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);

    public void Dispose() => Directory.Delete(root, recursive: true);
}
