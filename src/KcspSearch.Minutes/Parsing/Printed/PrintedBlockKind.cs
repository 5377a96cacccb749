namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>What a block of printed minutes is, as told by the marker it starts with.</summary>
public enum PrintedBlockKind
{
    /// <summary>Unnumbered text: the meeting sentence, an unnumbered resolution or paragraph.</summary>
    Text,
    /// <summary>A capitals heading: the council, the committee, a section such as "UNRESTRICTED ITEMS".</summary>
    Heading,
    /// <summary>"PRESENT:" or "IN ATTENDANCE:" with its list; the marker is the label.</summary>
    AttendanceList,
    /// <summary>"237. Introduction": the marker is the minute number, the text the title.</summary>
    MinuteHeading,
    /// <summary>"(Item A1)": the marker is the agenda code.</summary>
    AgendaCode,
    /// <summary>"1. ...": the marker is the paragraph number.</summary>
    Paragraph,
    /// <summary>"(a) ..." or "a) ...": the marker is the letter.</summary>
    SubParagraph,
}
