extern alias kcsp;

using kcsp::KcspSearch.Indexer;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Tests.Support;

/// <summary>Fixed options for constructing services directly in unit tests.</summary>
public sealed class StaticOptionsMonitor(KcspOptions value) : IOptionsMonitor<KcspOptions>
{
    public KcspOptions CurrentValue => value;

    public KcspOptions Get(string? name) => value;

    public IDisposable? OnChange(Action<KcspOptions, string?> listener) => null;
}
