namespace KcspSearch.Api.Security;

/// <summary>Declares an endpoint as a write that needs the API key.</summary>
public static class ApiKeyEndpointExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, RequireApiKeyFilter>()
            .WithMetadata(RequireApiKeyMetadata.Instance);
}
