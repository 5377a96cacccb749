namespace KcspSearch.Indexer.Generation;

/// <summary>Hands out people with unique surnames: common British surnames first, then invented ones.</summary>
internal sealed class NamePool(Random random)
{
    private static readonly string[] Surnames =
    [
        "Hill", "Rivers", "Allen", "Axon-Peters", "Brinson", "Collin", "Connor", "Harper", "King", "Leigh", "Oates",
        "Overbeke", "Peerbux", "Powell", "Pritchard", "Rhodes", "Vaux", "Widden", "Wilkinson", "Weaver", "Woodhouse",
        "Little", "Barrington-King", "Annan-Veitch", "Mookherjee", "McMullan", "Taylor", "Cook", "Scott", "Thompson",
        "Ahmed", "Atkinson", "Bailey", "Baker", "Banerjee", "Barker", "Bennett", "Bird", "Blake", "Booth", "Bradley",
        "Brooks", "Burton", "Carter", "Chambers", "Chapman", "Clarke", "Cole", "Coleman", "Cooper", "Cox", "Crawford",
        "Dale", "Davies", "Dawson", "Day", "Dixon", "Doyle", "Duncan", "Edwards", "Ellis", "Evans", "Fairweather",
        "Fisher", "Fletcher", "Foster", "Fox", "Francis", "Fraser", "Gibson", "Gill", "Goddard", "Gordon", "Graham",
        "Grant", "Gray", "Green", "Griffiths", "Hall", "Hamilton", "Hammond", "Hart", "Hayes", "Henderson", "Holmes",
        "Hopkins", "Howard", "Hudson", "Hughes", "Hunt", "Hussain", "Jackson", "James", "Jenkins", "Johnson", "Kaur",
        "Kelly", "Kennedy", "Khan", "Knight", "Lambert", "Lane", "Lawrence", "Lee", "Lloyd", "Lowe", "Marsh", "Marshall",
        "Mason", "Matthews", "Mochrie-Cox", "Moore", "Morgan", "Morris", "Murphy", "Murray", "Nash", "Newman", "Nicholls",
        "Norris", "Okafor", "Osborne", "Owen", "Palmer", "Parker", "Patel", "Payne", "Pearce", "Perry", "Phillips",
        "Porter", "Price", "Quinn", "Reid", "Reynolds", "Richards", "Robertson", "Rose", "Russell", "Saunders", "Sharma",
        "Shaw", "Simpson", "Singh", "Spencer", "Stevens", "Stone", "Sutton", "Swift", "Townsend", "Turner", "Wade",
        "Walsh", "Ward", "Warren", "Watts", "Webb", "Wells", "West", "Wheeler", "Whitehead", "Wood", "Wright", "Young",
    ];

    private static readonly string[] Syllables =
    [
        "ash", "bar", "bel", "bran", "brook", "cal", "cot", "dal", "den", "dun", "fair", "fen", "gar", "hal", "har",
        "hurst", "kel", "lang", "lin", "mar", "mer", "mon", "nor", "pen", "ram", "red", "rid", "sel", "stan", "sut",
        "tal", "thorn", "wal", "wen", "wick", "win", "wood", "worth", "ley", "ton", "ford", "field", "by", "more",
    ];

    private static readonly string[] MaleNames =
    [
        "Mike", "John", "Andrew", "Chris", "Mark", "Nick", "Paul", "Tim", "Shafick", "Matthew", "Stuart", "David",
        "James", "Richard", "Peter", "Simon", "Gareth", "Ian", "Kevin", "Rob", "Tony", "Alan", "Graham", "Rajesh",
    ];

    private static readonly string[] FemaleNames =
    [
        "Shirley", "Claire", "Catherine", "Sarah", "Lara", "Karen", "Anna", "Emma", "Gemma", "Victoria", "Susan",
        "Jane", "Helen", "Rachel", "Louise", "Amanda", "Joanne", "Priya", "Nicola", "Kate", "Ruth", "Sally", "Fiona",
    ];

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);
    private int nextCommon;

    public CastMember Next(PostKind kind)
    {
        var female = random.NextDouble() < 0.5;
        var first = female ? FemaleNames[random.Next(FemaleNames.Length)] : MaleNames[random.Next(MaleNames.Length)];
        var title = kind is PostKind.Chair or PostKind.ViceChair
            ? (female ? "Mrs" : "Mr")
            : female ? (random.NextDouble() < 0.8 ? "Ms" : "Miss") : (random.NextDouble() < 0.95 ? "Mr" : "Dr");
        var honour = kind == PostKind.Chair && random.NextDouble() < 0.3 ? "OBE" : null;
        return new CastMember(title, first, NextSurname(), honour);
    }

    private string NextSurname()
    {
        while (nextCommon < Surnames.Length)
        {
            var common = Surnames[nextCommon++];
            if (used.Add(common)) return common;
        }
        while (true)
        {
            var invented = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
            invented = char.ToUpperInvariant(invented[0]) + invented[1..];
            if (used.Add(invented)) return invented;
        }
    }
}
