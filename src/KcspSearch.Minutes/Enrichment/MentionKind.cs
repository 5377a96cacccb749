namespace KcspSearch.Minutes.Enrichment;

/// <summary>What a <see cref="NameMention"/> refers to.</summary>
public enum MentionKind
{
    /// <summary>A named person: "Mr Peerbux", "Shafick Peerbux", "Chief Inspector Lara Connor".</summary>
    Person,
    /// <summary>An office or group speaking unnamed: "The Chairman", "A Partnership Member", "The officer".</summary>
    Office,
    /// <summary>"He" or "She" before a reporting verb: the previous speaker continues.</summary>
    Pronoun,
}
