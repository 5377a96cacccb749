using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace KcspSearch.Api.Caching;

/// <summary>
/// Conditional GETs. For key holders every answer depends only on the request and the index version, so the version
/// is the ETag and a matching <c>If-None-Match</c> gets 304 without running the query. Everyone else gets a hash of the
/// answer itself: the version also moves when only an exempt item changes, and an ETag that moved then would tell
/// anyone watching that withheld business had been indexed.
/// </summary>
public sealed class IndexETagFilter(SearchIndex index, IOptions<JsonOptions> json) : IEndpointFilter
{
    /// <summary>The name <see cref="SearchResponse.TookMs"/> is written under, as the API's JSON options spell it.</summary>
    private readonly byte[] timingName = Encoding.UTF8.GetBytes(
        json.Value.SerializerOptions.PropertyNamingPolicy?.ConvertName(nameof(SearchResponse.TookMs)) ?? nameof(SearchResponse.TookMs));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.CanSeeRestricted())
        {
            var version = new EntityTagHeaderValue($"\"v{index.Version}-r\"", isWeak: true);
            if (Matches(http.Request, version)) return NotModified(http.Response, version, "private, no-cache");
            SetHeadersOnSuccess(http.Response, version, "private, no-cache");
            return await next(context);
        }

        var result = await next(context);
        if (Answer(result) is not { } answer) return result;
        // Serialised once: the same bytes are hashed and sent (hashing a second serialisation cost as much as the answer).
        var body = JsonSerializer.SerializeToUtf8Bytes(answer, answer.GetType(), json.Value.SerializerOptions);
        var etag = ContentTag(body, timed: answer is SearchResponse or DecisionsResponse);
        if (Matches(http.Request, etag)) return NotModified(http.Response, etag, "public, no-cache");
        SetHeadersOnSuccess(http.Response, etag, "public, no-cache");
        return new JsonBody(body);
    }

    /// <summary>The value of a 200 answer, unwrapping <c>Results&lt;…&gt;</c>; null for anything else.</summary>
    private static object? Answer(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } and IValueHttpResult { Value: { } value } ? value : null;
    }

    /// <summary>A hash of the answer as it is serialised, leaving out the time it took (which differs on every call).</summary>
    private EntityTagHeaderValue ContentTag(byte[] body, bool timed)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var span = body.AsSpan();
        if (timed && TimingValue(span) is { } timing)
        {
            sha.AppendData(span[..timing.Start]);
            sha.AppendData(span[timing.End..]);
        }
        else
        {
            sha.AppendData(span);
        }
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return new EntityTagHeaderValue($"\"p-{Convert.ToHexStringLower(hash[..12])}\"", isWeak: true);
    }

    /// <summary>
    /// Where the top-level <c>tookMs</c> value lies in a serialised <see cref="SearchResponse"/> or
    /// <see cref="DecisionsResponse"/>, found by the JSON reader so text that merely quotes the name cannot move it.
    /// It is the second property, so the reader stops after a few tokens.
    /// </summary>
    private Range? TimingValue(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
            if (!reader.ValueTextEquals(timingName))
            {
                reader.Skip();
                continue;
            }
            reader.Read();
            return new Range((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
        }
        return null;
    }

    /// <summary>An answer already serialised with the API's JSON options, written as <c>Ok(value)</c> would write it.</summary>
    private sealed class JsonBody(byte[] body) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status200OK;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
        && candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));

    private static IResult NotModified(HttpResponse response, EntityTagHeaderValue etag, string cacheControl)
    {
        SetHeaders(response, etag, cacheControl);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    private static void SetHeadersOnSuccess(HttpResponse response, EntityTagHeaderValue etag, string cacheControl) =>
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK) SetHeaders(response, etag, cacheControl);
            return Task.CompletedTask;
        });

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag, string cacheControl)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = cacheControl;
        response.Headers.Append(HeaderNames.Vary, ApiKeyValidator.HeaderName);
    }
}
