namespace KcspSearch.Indexer.Generation;

/// <summary>The posts around each committee's table: the county partnership's, or a district's.</summary>
internal static class Posts
{
    public static IReadOnlyList<Post> For(string area) => area == "Kent" ? Kent : District(area);

    private static readonly Post[] Kent =
    [
        new("Kent", "Chairman", PostKind.Chair),
        new("Kent", "Vice-Chairman", PostKind.ViceChair),
        new("Kent", "Head of Community Safety, Public Protection, KCC", PostKind.Officer),
        new("Kent", "Community Safety Team Leader, Public Protection, KCC", PostKind.Officer),
        new("Kent", "Chief Executive, Office of the Police and Crime Commissioner", PostKind.Officer, 2012),
        new("Kent", "Chief Superintendent, Kent Police", PostKind.Officer),
        new("Kent", "Chief Inspector, Kent Police", PostKind.Officer),
        new("Kent", "Director, Kent and Medway Violence Reduction Unit", PostKind.Officer, 2019),
        new("Kent", "Head of Kent Probation", PostKind.Officer),
        new("Kent", "Consultant in Public Health, KCC", PostKind.Officer),
        new("Kent", "Area Manager, Kent Fire and Rescue Service", PostKind.Officer),
        new("Kent", "PREVENT and Channel Strategic Manager, KCC", PostKind.Officer, 2011),
        new("Kent", "Road Safety and Active Travel Manager, KCC", PostKind.Officer),
        new("Kent", "Kent Resilience Forum Manager", PostKind.Officer),
        new("Kent", "Democratic Services Officer", PostKind.Clerk),
    ];

    private static List<Post> District(string area)
    {
        var council = area.EndsWith(" District", StringComparison.Ordinal) || area.EndsWith(" Borough", StringComparison.Ordinal)
            ? area.Replace(" District", " District Council").Replace(" Borough", " Borough Council")
            : area + " Council";
        return
        [
            new(area, "Chairman", PostKind.Chair),
            new(area, "Vice-Chairman", PostKind.ViceChair),
            new(area, $"Community Safety Manager, {council}", PostKind.Officer),
            new(area, $"Community Safety Officer, {council}", PostKind.Officer),
            new(area, "District Commander, Kent Police", PostKind.Officer),
            new(area, $"Head of Housing, {council}", PostKind.Officer),
            new(area, "Domestic Abuse Co-ordinator", PostKind.Officer),
            new(area, $"Licensing Manager, {council}", PostKind.Officer),
            new(area, "Youth Services Manager, KCC", PostKind.Officer),
            new(area, "Democratic Services Officer", PostKind.Clerk),
        ];
    }
}
