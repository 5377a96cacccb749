using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Enrichment;

/// <summary>Adds what the text implies: speakers (normalised to people), topics, acronyms.</summary>
public interface IMeetingEnricher
{
    Meeting Enrich(Meeting meeting);
}
