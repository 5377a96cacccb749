using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Tests.Parsing.Printed;

/// <summary>What the KCSP notes of 8 October 2019 say, read off the printed page (seed 001 and the PDF fixture).</summary>
internal static class Kcsp20191008
{
    public const string SeedText = "kcsp-2019-10-08.pdf-extract.txt";
    public const string Pdf = "kcsp-2019-10-08.pdf";

    public sealed record ExpectedItem(string Minute, string Code, string Title, string[] Paragraphs, string? ResolvedStart = null, string? ResolvedEnd = null);

    public static readonly ExpectedItem[] Items =
    [
        new("237", "A1", "Introduction", []),
        new("238", "A4", "Notes of meeting held on 17 July 2019", [""],
            "It was RESOLVED that the notes of the meeting held on 17 July 2019 are a correct record", "within minute 233.1 and 234.1."),
        new("239", "B1", "Kent Community Safety Agreement Update", ["1", "2", "2(a)", "3"],
            "It was RESOLVED that the progress of the Community Safety Agreement", "be noted."),
        new("240", "B2", "Kent Community Safety Partnership Working Group Update", ["1", "2", "3", "4", "5"],
            "It was RESOLVED that progress and actions undertaken by the Working Group", "the work of the KCST, be noted."),
        new("241", "B3", "Mental Health Update", ["1", "2", "3", "4", "5", "6", "7", "7(a)", "7(b)", "7(c)", "8", "9"],
            "It was RESOLVED that the verbal update", "be noted."),
        new("242", "C1", "Violence Reduction Update", ["1", "2", "3", "4", "5", "6", "7", "8"],
            "It was RESOLVED that the update report", "be noted."),
        new("243", "C2", "Select Committee on Knife Crime in Kent",
            ["1", "2", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "2(f)", "2(g)", "2(h)", "3", "4"],
            "It was RESOLVED that the key activities undertaken by the Knife Crime Select Committee", "and its report, be noted."),
        new("244", "C3", "Preparations for Brexit", ["1", "2", "3"],
            "It was RESOLVED that the information set out in the presentation", "comments and questions be noted."),
        new("245", "C4", "Suicide Prevention Update", ["1", "2", "3", "3(a)", "4"],
            "It was RESOLVED that the progress made in implementing", "Suicide Prevention Strategy, be noted."),
        new("246", "C5", "Kent and Medway Reducing Offending Board Update", ["1", "2", "3", "4", "4(a)", "4(b)", "5"],
            "It was RESOLVED that the update report", "be noted."),
        new("247", "C6", "Kent & Medway Domestic Abuse Strategy Consultation Feedback", ["1", "2", "3", "4"],
            "It was RESOLVED that the update report be noted and request", "brought back to a future meeting of the KCSP."),
        new("248", "D1", "Date of next meeting", [""],
            "It was RESOLVED that members noted the date of the next meeting", "on Wednesday 18 March 2020."),
        new("249", "E1", "Domestic Homicide Reviews (DHRs) Update", ["1", "2"],
            "It was RESOLVED that the update", "be noted."),
        new("250", "E2", "PREVENT Duty Delivery Board Update", ["1", "2", "3"],
            "It was RESOLVED that the update", "be noted."),
        new("251", "E3", "Risk, Threats and Vulnerabilities Group Update", ["1", "2"],
            "It was RESOLVED that the verbal update", "be noted."),
    ];

    public static readonly Attendee[] Attendees =
    [
        Present("Mr M Hill, OBE", "Chairman"),
        Present("Mr J Rivers", "Vice-Chairman"),
        Present("Ms C Allen"), Present("Ms C Axon-Peters"), Present("Ms S Brinson"), Present("Ms C Collin"),
        Present("Ms L Connor"), Present("Mr A Harper"), Present("Mr C King"), Present("Ms K Leigh"),
        Present("Ms A Oates"), Present("Mr M Overbeke"), Present("Mr S Peerbux"), Present("Mr M Powell"),
        Present("Mr A Pritchard"), Present("Mr M Rhodes"), Present("Ms S Vaux"), Present("Ms V Widden"),
        Present("Mr N Wilkinson"),
        InAttendance("Ms E Weaver", "KRF Senior Brexit Resilience Officer"),
        InAttendance("Mr P Barrington-King", "Member for Tunbridge Wells East & Chairman of the Select Committee"),
        InAttendance("Ms S Annan-Veitch", "Policy Adviser"),
        InAttendance("Mr T Woodhouse", "Kent and Medway STP Suicide Prevention Programme Manager"),
        InAttendance("Miss G Little", "Democratic Services Officer"),
    ];

    /// <summary>URLs printed at page feet, by the paragraph ("minute/number") whose "click here" they serve.</summary>
    public static readonly (string Paragraph, string Url)[] Links =
    [
        ("242/3", "https://www.kent-pcc.gov.uk/what-we-do/commissioning/funds/violence-reduction-fund/"),
        ("244/2", "https://www.kentprepared.org.uk/"),
        ("250/2", "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/836538/Challenging_Hateful_Extremism_report.pdf"),
    ];

    private static Attendee Present(string name, string? role = null) => new(name, null, role, AttendanceKinds.Present);

    private static Attendee InAttendance(string name, string role) => new(name, null, role, AttendanceKinds.InAttendance);
}
