namespace KcspSearch.Indexer.Generation;

/// <summary>A seat at a committee's table: chair, vice-chair, clerk or an officer of a partner organisation.</summary>
/// <param name="Role">Bracketed role as minutes print it, e.g. "Head of Community Safety, Public Protection, KCC".</param>
/// <param name="FromYear">The year the post was created (a Violence Reduction Unit exists from 2019).</param>
public sealed record Post(string Area, string Role, PostKind Kind, int FromYear = 2004);

/// <summary>What a post does at a meeting.</summary>
public enum PostKind { Chair, ViceChair, Officer, Clerk }
