using System.Text.RegularExpressions;
using KcspSearch.Minutes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Api.Errors;

/// <summary>
/// Turns every exception into problem details: bad requests into 400/413 saying what to fix, anything else into
/// a bare 500 with a trace id. Messages, stack traces and paths of unexpected errors only go to the log.
/// </summary>
public sealed partial class KcspExceptionHandler(IProblemDetailsService problems, ILogger<KcspExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = 499; // The client went away; nobody reads an answer.
            return true;
        }

        var problem = Describe(exception);
        if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path.Value);
        else
            logger.LogInformation("Bad request on {Path}: {Reason}", context.Request.Path.Value, problem.Detail);

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The problem details for an exception: what the caller may know, nothing more.</summary>
    public static ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m => BindingProblem(m),
        BadHttpRequestException { InnerException: InvalidDataException } => TooLarge(),
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
            Detail = bad.Message,
        },
        InvalidDataException => TooLarge(),
        SqliteException => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Index unavailable",
            Detail = "The search index cannot be read at the moment; try again shortly.",
        },
        MinutesException minutes => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Not usable minutes",
            Detail = minutes.Message,
            Extensions = { ["reason"] = minutes.Error.ToString() },
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "The server could not answer this request. The error is logged under the trace id.",
        },
    };

    // Multipart limits (FormOptions) report an oversized upload as invalid data.
    private static ProblemDetails TooLarge() => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "Request too large",
        Detail = "The upload is larger than the server accepts (Kcsp:MaxUploadBytes).",
    };

    private static HttpValidationProblemDetails BindingProblem(Match failure)
    {
        var name = failure.Groups["name"].Value;
        var field = char.ToLowerInvariant(name[0]) + name[1..];
        var value = failure.Groups["value"].Value;
        if (value.Length > 40) value = value[..40] + "…";
        var type = failure.Groups["type"].Value;
        var expected = type.Contains("DateOnly", StringComparison.Ordinal) ? "an ISO date such as 2022-03-24"
            : type.Contains("int", StringComparison.OrdinalIgnoreCase) ? "a whole number"
            : "a value of the documented type";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [$"'{value}' is not valid for {field}: expected {expected}."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request parameters",
            Detail = "Fix the parameters listed in 'errors' and try again.",
        };
    }

    // Minimal APIs report binding failures as: Failed to bind parameter "DateOnly? From" from "notadate".
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^" ]+) (?<name>\w+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
