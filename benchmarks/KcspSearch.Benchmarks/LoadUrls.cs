using System.Globalization;
using KcspSearch.Benchmarks.Corpora;
using KcspSearch.Search;

namespace KcspSearch.Benchmarks;

/// <summary>
/// <c>urls</c>: the query mix of <see cref="QueryMix"/> as <c>/api/search</c> paths, one a line, for the HTTP load test
/// (benchmarks/load-test.sh), so the service is loaded with exactly the queries the in-process latency run measures.
/// </summary>
public static class LoadUrls
{
    public static int Run()
    {
        foreach (var query in QueryMix.All) Console.WriteLine(SearchPath(query.Request));
        return 0;
    }

    /// <summary>The request as the API's query string: q, then each filter value as a repeated parameter.</summary>
    public static string SearchPath(SearchRequest request)
    {
        var parameters = new List<string>();
        if (!string.IsNullOrEmpty(request.Q)) parameters.Add("q=" + Uri.EscapeDataString(request.Q));
        parameters.AddRange(request.Topics.Select(t => "topic=" + Uri.EscapeDataString(t)));
        parameters.AddRange(request.Speakers.Select(s => "speaker=" + Uri.EscapeDataString(s)));
        parameters.AddRange(request.Kinds.Select(k => "kind=" + Uri.EscapeDataString(k)));
        parameters.AddRange(request.Committees.Select(c => "committee=" + Uri.EscapeDataString(c)));
        if (request.From is { } from) parameters.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (request.To is { } to) parameters.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parameters.Count == 0 ? "/api/search" : "/api/search?" + string.Join('&', parameters);
    }
}
