namespace KcspSearch.Api.Tests.Browser;

/// <summary>Browser tests share one service and one chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
