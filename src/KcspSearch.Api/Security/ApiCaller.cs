using System.Security.Claims;

namespace KcspSearch.Api.Security;

/// <summary>The caller's identity as the API sees it: anonymous, or trusted through a valid API key.</summary>
public static class ApiCaller
{
    private const string AuthenticationType = "ApiKey";
    private const string AccessClaim = "kcsp:access";
    private const string RestrictedAccess = "restricted";

    /// <summary>Anyone without a key: sees only public items.</summary>
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>A caller who presented the configured API key: may upload and sees restricted items.</summary>
    public static ClaimsPrincipal Trusted { get; } =
        new(new ClaimsIdentity([new Claim(AccessClaim, RestrictedAccess)], AuthenticationType));

    /// <summary>True when restricted (exempt) items may be shown to this caller.</summary>
    public static bool CanSeeRestricted(this ClaimsPrincipal user) => user.HasClaim(AccessClaim, RestrictedAccess);
}
