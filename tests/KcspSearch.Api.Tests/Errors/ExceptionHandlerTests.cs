using KcspSearch.Api.Errors;
using KcspSearch.Minutes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Tests.Errors;

public sealed class ExceptionHandlerTests
{
    [Fact]
    public void UnexpectedError_Is500WithoutItsMessage()
    {
        var problem = KcspExceptionHandler.Describe(new InvalidOperationException("failed at /srv/kcsp/index-data/kcsp.db"));

        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("/srv", problem.Detail);
        Assert.DoesNotContain("InvalidOperation", problem.Detail + problem.Title);
    }

    [Theory]
    [InlineData("DateOnly? From", "from", "ISO date")]
    [InlineData("int? PageSize", "pageSize", "whole number")]
    [InlineData("Nullable<int> Page", "page", "whole number")]
    public void BindingFailure_IsAValidationProblemOnTheParameter(string parameter, string field, string expected)
    {
        var failure = new BadHttpRequestException($"Failed to bind parameter \"{parameter}\" from \"oops\".");

        var problem = Assert.IsType<HttpValidationProblemDetails>(KcspExceptionHandler.Describe(failure));

        Assert.Equal(400, problem.Status);
        Assert.Contains(expected, Assert.Single(problem.Errors[field]));
        Assert.Contains("oops", problem.Errors[field][0]);
    }

    [Fact]
    public void MinutesError_Is400WithItsReason()
    {
        var problem = KcspExceptionHandler.Describe(new MinutesException(MinutesError.NotMinutes, "x.pdf: not minutes."));

        Assert.Equal(400, problem.Status);
        Assert.Equal("NotMinutes", problem.Extensions["reason"]);
    }

    [Fact]
    public void OversizedMultipart_Is413()
    {
        Assert.Equal(413, KcspExceptionHandler.Describe(new InvalidDataException("Multipart body length limit 10 exceeded.")).Status);
        Assert.Equal(413, KcspExceptionHandler.Describe(new BadHttpRequestException("Failed to read form", new InvalidDataException())).Status);
    }

    [Fact]
    public void OtherBadRequests_KeepTheirStatus()
    {
        Assert.Equal(413, KcspExceptionHandler.Describe(new BadHttpRequestException("Request body too large.", 413)).Status);
    }
}
