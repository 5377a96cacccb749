using System.Text;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Hostile;

/// <summary>A ModernGov page carrying scripts: code never becomes minutes text, and no javascript: link is kept.</summary>
public sealed class HostileHtmlTests
{
    private readonly MinutesPipeline pipeline = MinutesPipeline.CreateDefault();

    [Fact]
    public async Task Process_ScriptLadenPage_KeepsQuotedMarkupAsTextButNoScriptContent()
    {
        var meeting = await ProcessAsync();

        var text = string.Join("\n", meeting.AllChunks.Select(c => c.Text).Concat(meeting.Items.Select(i => i.Title)));
        Assert.Contains("<script>alert('kcsp')</script>", text);
        Assert.Contains("onerror=alert(2)", text);
        Assert.Contains("javascript:alert(document.cookie)", text);
        Assert.DoesNotContain(HostileDocuments.ScriptOnlyWord, text);
        Assert.DoesNotContain(HostileDocuments.ScriptOnlyWord, meeting.Venue ?? "");
    }

    [Fact]
    public async Task Process_JavascriptLinks_AreDroppedFromLinkedDocuments()
    {
        var meeting = await ProcessAsync();

        var documents = meeting.Items.SelectMany(i => i.Documents).ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.Null(d.Url));
    }

    private async Task<Model.Meeting> ProcessAsync()
    {
        var page = HostileDocuments.Named("scripts.html");
        return await pipeline.ProcessAsync(new SourceDocument(page.FileName, Encoding.UTF8.GetBytes(HostileDocuments.ScriptLadenPage(HostileDocuments.ScriptPageDate))));
    }
}
