using System.Security.Cryptography;
using System.Text;
using KcspSearch.Indexer;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Security;

/// <summary>Checks the <c>X-Api-Key</c> header against <c>Kcsp:ApiKey</c> in constant time.</summary>
public sealed class ApiKeyValidator(IOptionsMonitor<KcspOptions> options)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>False when no key is configured: writes are then disabled and restricted items never served.</summary>
    public bool Enabled => !string.IsNullOrEmpty(options.CurrentValue.ApiKey);

    public bool IsValid(string? presented)
    {
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented)) return false;

        // Comparing fixed-length digests keeps the time independent of where, or whether, the lengths differ.
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(configured), expected);
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), actual);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
