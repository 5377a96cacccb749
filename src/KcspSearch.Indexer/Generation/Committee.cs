namespace KcspSearch.Indexer.Generation;

/// <summary>A partnership or committee whose minutes the generator writes.</summary>
/// <param name="Name">Full name as minutes print it ("Canterbury Community Safety Partnership").</param>
/// <param name="Area">The area its officers come from ("Kent" for the county partnership).</param>
/// <param name="ShortName">How the minutes refer to it in running text ("the KCSP", "the Partnership").</param>
/// <param name="Venues">Rooms it meets in; "online" is added for meetings from 2020 on.</param>
public sealed record Committee(string Name, string Area, string ShortName, IReadOnlyList<string> Venues)
{
    /// <summary>
    /// The Kent partnership first, then the district partnerships, then their joint action groups.
    /// Every name has distinct initials, so meeting ids (initials + date) never collide between committees.
    /// </summary>
    public static IReadOnlyList<Committee> All { get; } = Build();

    private static List<Committee> Build()
    {
        var list = new List<Committee>
        {
            new("Kent Community Safety Partnership", "Kent", "the KCSP",
                ["Medway Room, Sessions House, County Hall, Maidstone", "Darent Room, Sessions House, County Hall, Maidstone", "Council Chamber, Sessions House, County Hall, Maidstone"]),
        };
        (string Name, string Town)[] districts =
        [
            ("Canterbury", "Canterbury"), ("Ashford", "Ashford"), ("Swale", "Sittingbourne"), ("Thanet", "Margate"),
            ("Dover District", "Dover"), ("Folkestone and Hythe", "Folkestone"), ("Sevenoaks District", "Sevenoaks"),
            ("Tonbridge and Malling", "West Malling"), ("Tunbridge Wells", "Royal Tunbridge Wells"),
            ("Dartford and Gravesham", "Dartford"), ("Maidstone Borough", "Maidstone"), ("Medway", "Chatham"),
        ];
        foreach (var (name, town) in districts)
            list.Add(new($"{name} Community Safety Partnership", name, "the Partnership",
                [$"Council Chamber, Civic Centre, {town}", $"Committee Room 1, Council Offices, {town}"]));
        foreach (var (name, town) in districts)
            list.Add(new($"{name} Joint Action Group", name, "the Group",
                [$"Committee Room 2, Council Offices, {town}", $"Police Station, {town}"]));
        foreach (var (name, town) in districts)
            list.Add(new($"{name} Domestic Abuse Forum", name, "the Forum",
                [$"Meeting Room 3, Gateway, {town}", $"Committee Room 1, Council Offices, {town}"]));
        return list;
    }
}
