namespace KcspSearch.Api.Requests;

/// <summary>Validation messages by parameter name, in the shape <c>ValidationProblem</c> expects.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string parameter, string message)
    {
        if (!errors.TryGetValue(parameter, out var messages)) errors[parameter] = messages = [];
        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
