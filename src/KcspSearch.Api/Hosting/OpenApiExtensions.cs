using KcspSearch.Api.OpenApi;

namespace KcspSearch.Api.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Swagger UI at <c>/swagger</c>.</summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static WebApplicationBuilder AddKcspOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
        });
        return builder;
    }

    public static WebApplication MapKcspOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "KcspSearch API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "KcspSearch API";
        });
        return app;
    }
}
