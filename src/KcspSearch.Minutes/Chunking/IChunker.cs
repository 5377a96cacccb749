using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Chunking;

/// <summary>Cuts an enriched meeting into search chunks with stable ids.</summary>
public interface IChunker
{
    Meeting Chunk(Meeting meeting);
}
