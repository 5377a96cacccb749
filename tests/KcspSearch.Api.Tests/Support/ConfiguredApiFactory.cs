namespace KcspSearch.Api.Tests.Support;

/// <summary>A <see cref="KcspApiFactory"/> with some settings changed, for tests that need their own limits or keys.</summary>
public sealed class ConfiguredApiFactory(params (string Key, string? Value)[] settings)
    : KcspApiFactory(settings.ToDictionary(s => s.Key, s => s.Value));
