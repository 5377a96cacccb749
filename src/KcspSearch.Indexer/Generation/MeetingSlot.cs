using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation;

/// <summary>Where one meeting sits in the corpus: its committee, date, format and first minute number.</summary>
/// <param name="Sequence">The meeting's position in the corpus; with the seed it determines everything else.</param>
/// <param name="Previous">The committee's previous meeting date ("Notes of meeting held on ..."), if any.</param>
/// <param name="Next">The committee's next meeting date ("Date of next meeting").</param>
public sealed record MeetingSlot(int Sequence, Committee Committee, DateOnly Date, SourceFormat Format, int FirstMinute, DateOnly? Previous, DateOnly Next);
