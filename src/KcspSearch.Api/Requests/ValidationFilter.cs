namespace KcspSearch.Api.Requests;

/// <summary>Validates every <see cref="IValidatedRequest"/> argument of an endpoint; declared once per route group.</summary>
public sealed class ValidationFilter(FacetVocabulary vocabulary) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new RequestErrors();
        foreach (var argument in context.Arguments)
            if (argument is IValidatedRequest request) request.Validate(errors, vocabulary);

        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary(),
                title: "Invalid request parameters", detail: "Fix the parameters listed in 'errors' and try again.");
        return await next(context);
    }
}
