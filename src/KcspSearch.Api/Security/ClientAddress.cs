namespace KcspSearch.Api.Security;

/// <summary>The partition key of a caller for rate limiting: its IP address.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
