using KcspSearch.Indexer;

namespace KcspSearch.Api.Security;

/// <summary>
/// The intranet origins allowed to call the API from a browser and to frame the search page
/// (<c>Kcsp:CorsOrigins</c>: a list, or one string separated by commas or spaces).
/// </summary>
public sealed class AllowedOrigins
{
    public AllowedOrigins(KcspOptions options)
    {
        Origins = options.CorsOrigins
            .SelectMany(entry => entry.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Normalise)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Origins as <c>scheme://host[:port]</c>, without paths or trailing slashes.</summary>
    public IReadOnlyList<string> Origins { get; }

    private static string Normalise(string entry)
    {
        if (!Uri.TryCreate(entry, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.PathAndQuery is not ("/" or "") || !string.IsNullOrEmpty(uri.UserInfo))
            throw new InvalidOperationException(
                $"Kcsp:CorsOrigins: '{entry}' is not an origin; write it as scheme://host[:port], e.g. https://intranet.example.org.");
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
