namespace KcspSearch.Api.Security;

/// <summary>
/// Security headers on every response: no MIME sniffing, no referrer, and a Content-Security-Policy that lets
/// pages run only their own scripts and be framed only by the allowed intranet origins.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    // JSON needs nothing: forbid everything, including framing.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    // Swagger UI styles its elements inline and draws icons from data: URIs.
    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly RequestDelegate next;
    private readonly string pagePolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, AllowedOrigins origins)
    {
        this.next = next;
        var framers = string.Join(' ', origins.Origins.Prepend("'self'"));
        pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
                     $"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {framers}";
    }

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, so error handling that clears the headers cannot drop them.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private string PolicyFor(PathString path)
    {
        if (path.StartsWithSegments("/swagger")) return SwaggerPolicy;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi"))
            return ApiPolicy;
        return pagePolicy;
    }
}
