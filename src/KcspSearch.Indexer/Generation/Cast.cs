namespace KcspSearch.Indexer.Generation;

/// <summary>
/// The stable cast of officers and members, 2004–2027: every post is held by a succession of people, and
/// people move between posts (a team leader becomes head of service, a district manager joins the county team),
/// so the same person appears with different roles across the years.
/// </summary>
public sealed class Cast
{
    private static readonly DateOnly Start = new(2004, 1, 1);
    private static readonly DateOnly End = new(2027, 12, 31);

    private readonly Dictionary<string, List<Tenure>> byArea = new(StringComparer.Ordinal);

    public Cast(int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        var names = new NamePool(random);
        foreach (var area in Committee.All.Select(c => c.Area).Distinct())
            byArea[area] = CreateTenures(area, random, names);
    }

    public IEnumerable<Tenure> Tenures => byArea.Values.SelectMany(t => t);

    /// <summary>Everyone holding a post of <paramref name="area"/> on <paramref name="date"/>, in post order.</summary>
    public IReadOnlyList<Tenure> HoldersAt(string area, DateOnly date) =>
        byArea[area].Where(t => t.Covers(date)).ToList();

    private static List<Tenure> CreateTenures(string area, Random random, NamePool names)
    {
        var tenures = new List<Tenure>();
        foreach (var post in Posts.For(area))
        {
            var from = post.FromYear <= Start.Year ? Start : new DateOnly(post.FromYear, 1, 1).AddDays(random.Next(0, 200));
            while (from < End)
            {
                var to = from.AddDays(random.Next(3 * 365, 8 * 365));
                tenures.Add(new Tenure(Holder(post, from, to, tenures, random, names), post, from, to));
                from = to.AddDays(1);
            }
        }
        return tenures;
    }

    /// <summary>Officer posts are often filled by someone already known in the area who is free at the time.</summary>
    private static CastMember Holder(Post post, DateOnly from, DateOnly to, List<Tenure> tenures, Random random, NamePool names)
    {
        if (post.Kind == PostKind.Officer && random.NextDouble() < 0.4)
        {
            var free = tenures
                .Where(t => t.Post.Kind == PostKind.Officer && t.To < from)
                .Select(t => t.Person)
                .Distinct()
                .Where(p => !tenures.Any(t => t.Person == p && t.From <= to && from <= t.To))
                .ToList();
            if (free.Count > 0) return free[random.Next(free.Count)];
        }
        return names.Next(post.Kind);
    }
}
