using System.Security.Cryptography;

namespace KcspSearch.Indexer.Ingest;

/// <summary>The hash a document's bytes are known by in the index (SHA-256, lower-case hex).</summary>
public static class ContentHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
