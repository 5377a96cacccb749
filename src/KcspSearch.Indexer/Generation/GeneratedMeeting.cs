using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation;

/// <summary>A composed meeting, ready to be written in its format, with what a parser should find in it.</summary>
/// <param name="Meeting">Attendance, items, numbered paragraphs and resolutions as written.</param>
/// <param name="Contact">The clerk named in a ModernGov page's "Contact:" line.</param>
/// <param name="ExpectedChunks">Paragraphs, sub-paragraphs, resolutions, procedural items and the attendance list.</param>
public sealed record GeneratedMeeting(Meeting Meeting, Committee Committee, string Contact, int ExpectedChunks);
