using KcspSearch.Api.Errors;

namespace KcspSearch.Api.Security;

/// <summary>
/// Turns a valid <c>X-Api-Key</c> header into the <see cref="ApiCaller.Trusted"/> user. A wrong key is refused with
/// 401 on every endpoint (rather than silently served public results), repeated wrong keys with 429. Endpoints
/// marked with <see cref="RequireApiKeyMetadata"/> are refused here, before their request body is read:
/// 403 when the server has no key configured, 401 when the caller sent none.
/// </summary>
public sealed class ApiKeyMiddleware(
    RequestDelegate next, ApiKeyValidator validator, FailedApiKeyAttempts failures, ILogger<ApiKeyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.User = ApiCaller.Anonymous;
        if (context.Request.Headers.TryGetValue(ApiKeyValidator.HeaderName, out var presented))
        {
            var client = ClientAddress.Of(context);
            if (failures.IsBlocked(client, out var retryAfter))
            {
                await ProblemResponses.TooManyRequestsAsync(context, retryAfter, "Too many wrong API keys from this address.");
                return;
            }
            if (presented.Count != 1 || !validator.IsValid(presented[0]))
            {
                failures.RecordFailure(client);
                logger.LogWarning("Wrong API key from {Client} for {Path}", client, context.Request.Path.Value);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, "Wrong API key",
                    validator.Enabled
                        ? $"The {ApiKeyValidator.HeaderName} header does not match the configured key; send the right key or none."
                        : $"This server has no API key configured; send no {ApiKeyValidator.HeaderName} header.");
                return;
            }
            context.User = ApiCaller.Trusted;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<RequireApiKeyMetadata>() is not null)
        {
            if (!validator.Enabled)
            {
                await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Writes are disabled",
                    "This server has no API key configured (Kcsp:ApiKey), so uploads are switched off.");
                return;
            }
            if (!context.User.CanSeeRestricted())
            {
                await ProblemResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, "API key required",
                    $"Send the API key in the {ApiKeyValidator.HeaderName} header.");
                return;
            }
        }
        await next(context);
    }
}
