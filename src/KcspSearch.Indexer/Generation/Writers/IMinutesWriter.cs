using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation.Writers;

/// <summary>Writes a composed meeting in one of the real source formats.</summary>
public interface IMinutesWriter
{
    SourceFormat Format { get; }

    /// <summary>File name ending, e.g. ".html" or ".moderngov.txt".</summary>
    string Extension { get; }

    void Write(GeneratedMeeting generated, TextWriter output);
}
