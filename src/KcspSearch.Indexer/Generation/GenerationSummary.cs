namespace KcspSearch.Indexer.Generation;

/// <summary>What <see cref="CorpusGenerator.Generate"/> wrote.</summary>
/// <param name="ExpectedChunks">Chunks the real pipeline should cut from the files (paragraphs, resolutions, procedural items, attendance).</param>
public sealed record GenerationSummary(int Meetings, int Committees, long Bytes, long ExpectedChunks, TimeSpan Elapsed);
