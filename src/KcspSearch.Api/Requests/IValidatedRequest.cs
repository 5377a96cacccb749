namespace KcspSearch.Api.Requests;

/// <summary>A bound request that checks itself; the group's <see cref="ValidationFilter"/> runs the check.</summary>
public interface IValidatedRequest
{
    /// <summary>Adds one message per problem, keyed by the query parameter to fix.</summary>
    void Validate(RequestErrors errors, FacetVocabulary vocabulary);
}
