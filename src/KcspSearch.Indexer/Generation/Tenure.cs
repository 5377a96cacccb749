namespace KcspSearch.Indexer.Generation;

/// <summary>One person holding one post for a span of time; a person may hold several posts one after another.</summary>
public sealed record Tenure(CastMember Person, Post Post, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly date) => From <= date && date <= To;
}
