using KcspSearch.Search;

namespace KcspSearch.Benchmarks.Corpora;

/// <summary>
/// The fixed query mix: what officers type, in the proportions of PERFORMANCE.md (1–3 words, phrases, acronyms,
/// about a third with a topic, speaker or date filter), written against the words of the generated corpus.
/// Each query carries the FTS5 expression a plain SQL engine would match, for the raw floor.
/// </summary>
public static class QueryMix
{
    public static readonly IReadOnlyList<BenchmarkQuery> All =
    [
        // One word: broad, middling and rare.
        Q("one word", "funding", "\"funding\""),
        Q("one word", "housing", "\"housing\""),
        Q("one word", "drugs", "\"drugs\""),
        Q("one word", "exploitation", "\"exploitation\""),
        Q("one word", "triage", "\"triage\""),
        Q("one word", "scams", "\"scams\""),
        // Several words (every word must match).
        Q("words", "domestic abuse referrals", "\"domestic\" AND \"abuse\" AND \"referrals\""),
        Q("words", "mental health street triage", "\"mental\" AND \"health\" AND \"street\" AND \"triage\""),
        Q("words", "county lines exploitation", "\"county\" AND \"lines\" AND \"exploitation\""),
        Q("words", "suicide prevention training", "\"suicide\" AND \"prevention\" AND \"training\""),
        Q("words", "knife crime schools", "\"knife\" AND \"crime\" AND \"schools\""),
        Q("words", "police funding", "\"police\" AND \"funding\""),
        // Phrases.
        Q("phrase", "\"safe haven\"", "\"safe haven\""),
        Q("phrase", "\"place of safety\"", "\"place of safety\""),
        Q("phrase", "\"front line staff\"", "\"front line staff\""),
        Q("phrase", "\"domestic violence incidents\"", "\"domestic violence incidents\""),
        // Acronyms (expanded both ways by the engine; the floor matches the acronym or its expansion).
        Q("acronym", "DHR", "(\"dhr\" OR \"domestic homicide review\")"),
        Q("acronym", "MARAC", "(\"marac\" OR \"multi agency risk assessment conference\")"),
        Q("acronym", "CSP", "(\"csp\" OR \"community safety partnership\")"),
        Q("acronym", "ASB", "(\"asb\" OR \"anti social behaviour\")"),
        Q("acronym", "VAWG", "(\"vawg\" OR \"violence against women and girls\")"),
        Q("acronym", "PCC", "(\"pcc\" OR \"police and crime commissioner\")"),
        // Questions.
        Q("question", "what did we resolve about domestic abuse funding", "\"domestic\" AND \"abuse\" AND \"funding\""),
        Q("question", "what was decided on suicide prevention", "\"suicide\" AND \"prevention\""),
        Q("question", "what did Tonpen say about domestic violence", "\"domestic\" AND \"violence\""),
        Q("question", "how are referrals to the MARAC changing", "\"referrals\" AND (\"marac\" OR \"multi agency risk assessment conference\") AND \"changing\""),
        // Filtered: a topic, speaker, kind or date filter with words.
        Q("filtered", "funding", "\"funding\"", topics: ["DHR"]),
        Q("filtered", "training", "\"training\"", speakers: ["langmore"]),
        Q("filtered", "domestic abuse", "\"domestic\" AND \"abuse\"", from: new DateOnly(2020, 1, 1), to: new DateOnly(2020, 12, 31)),
        Q("filtered", "suicide", "\"suicide\"", kinds: ["resolution"]),
        Q("filtered", "drugs", "\"drugs\"", from: new DateOnly(2015, 1, 1), to: new DateOnly(2018, 12, 31)),
        Q("filtered", "exploitation", "\"exploitation\"", topics: ["exploitation", "serious-violence"]),
        // Browse: no words, only filters (or nothing).
        Q("browse", null, null),
        Q("browse", null, null, topics: ["DHR"]),
        Q("browse", null, null, kinds: ["resolution"], from: new DateOnly(2019, 1, 1), to: new DateOnly(2019, 12, 31)),
        Q("browse", null, null, speakers: ["tonpen"]),
    ];

    private static BenchmarkQuery Q(string kind, string? q, string? fts, string[]? topics = null, string[]? speakers = null, string[]? kinds = null,
        DateOnly? from = null, DateOnly? to = null) =>
        new(kind, new SearchRequest { Q = q, Topics = topics ?? [], Speakers = speakers ?? [], Kinds = kinds ?? [], From = from, To = to }, fts);
}
