using KcspSearch.Api.Caching;
using KcspSearch.Api.Requests;

namespace KcspSearch.Api.Endpoints;

/// <summary>The conventions every read-only resource shares: validation, index-version ETags, documented errors.</summary>
public static class ApiGroups
{
    public static RouteGroupBuilder MapReadGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix).WithTags(tag);
        group.AddEndpointFilter<ValidationFilter>();
        group.WithIndexETag();
        group.ProducesValidationProblem();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        group.ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }
}
