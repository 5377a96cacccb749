using KcspSearch.Api.Security;
using Microsoft.Net.Http.Headers;

namespace KcspSearch.Api.Hosting;

/// <summary>The request pipeline, outermost first.</summary>
public static class MiddlewareExtensions
{
    public static WebApplication UseKcspMiddleware(this WebApplication app)
    {
        app.UseHttpLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=300",
        });
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }
}
