using KcspSearch.Indexer.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KcspSearch.Indexer.Tests.Inbox;

public sealed class InboxWorkerTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Worker_OnFirstStart_IndexesSamplesThenPicksUpDroppedFiles()
    {
        Directory.CreateDirectory(workspace.SamplesDirectory);
        foreach (var sequence in new[] { 0, 1 })
        {
            var (sampleName, sampleText) = TestWorkspace.Minutes(seed: 3, sequence);
            await File.WriteAllTextAsync(Path.Combine(workspace.SamplesDirectory, sampleName), sampleText);
        }
        var worker = workspace.Services.GetServices<IHostedService>().Single();

        await worker.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntil(() => workspace.Index.GetStats().Documents == 2);
            var (name, text) = TestWorkspace.Minutes(seed: 3, sequence: 5);
            workspace.Drop(name, text);
            await WaitUntil(() => File.Exists(Path.Combine(workspace.Folders.Processed, name)));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(3, workspace.Index.GetStats().Documents);
        Assert.True(File.Exists(Path.Combine(workspace.SamplesDirectory, TestWorkspace.Minutes(seed: 3, 0).FileName)), "samples must stay where they are");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the worker");
            await Task.Delay(50);
        }
    }

    public void Dispose() => workspace.Dispose();
}
