namespace KcspSearch.Api.Security;

/// <summary>Guards write endpoints: 403 when the server has no key configured, 401 when the caller sent none.</summary>
public sealed class RequireApiKeyFilter(ApiKeyValidator validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!validator.Enabled)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are disabled",
                detail: "This server has no API key configured (Kcsp:ApiKey), so uploads are switched off.");
        if (!context.HttpContext.User.CanSeeRestricted())
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send the API key in the {ApiKeyValidator.HeaderName} header.");
        return await next(context);
    }
}
