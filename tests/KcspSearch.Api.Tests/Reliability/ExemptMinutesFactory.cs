extern alias kcsp;

using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// Two services over the same public minutes, read through the real pipeline: <see cref="WithExempt"/> also holds an
/// exempt item (its own words, a speaker who speaks nowhere else, roles and a full name it alone gives people named in
/// public, an acronym it defines, a topic no public item has, a resolution); <see cref="WithoutExempt"/> is the same document with that item cut out.
/// An anonymous caller must not be able to tell them apart.
/// </summary>
public sealed class ExemptMinutesFactory : IAsyncLifetime, IDisposable
{
    /// <summary>Words, names and terms that occur only in the exempt item.</summary>
    public static readonly string[] ExemptOnly =
        ["nightjar", "covert", "rooksby", "folkestone", "harbour", "twelve", "VAWG", "superintendent", "liaison", "shafick", "tasking"];

    public const string MeetingId = "kcsp-2023-06-15";

    private const string PublicPart = """
        KENT COUNTY COUNCIL

        KENT COMMUNITY SAFETY PARTNERSHIP

        MINUTES of a meeting of the Kent Community Safety Partnership held in the Darent
        Room, Sessions House, County Hall, Maidstone on Thursday, 15 June 2023.

        PRESENT: Mr M Hill (Chairman), Mrs S Collin (Vice-Chairman), Ms F Leigh and Mr S Scott.

        IN ATTENDANCE: Mr S Peerbux (Head of Community Safety, KCC)

        UNRESTRICTED ITEMS

        21. Domestic Homicide Review Funding
        (Item B1)

        1. Mr Peerbux said that funding for domestic homicide reviews in Kent would be
        reviewed in the autumn.

        RESOLVED that the domestic homicide review funding report be noted.

        22. Exclusion of the Press and Public
        (Item C1)

        RESOLVED that under Section 100A of the Local Government Act 1972 the public be
        excluded from the meeting for the following business on the grounds that it
        involves the likely disclosure of exempt information as defined in paragraph 3 of
        Part 1 of Schedule 12A of the Act.

        """;

    public const string ExemptPart = """
        EXEMPT ITEMS
        (Open Access to Minutes)

        23. Operation Nightjar Covert Staffing
        (Item E1)

        1. Mr Rooksby (Detective Superintendent, Kent Police) said that the Nightjar
        Oversight Board (NOB) had approved twelve covert officers for the Violence Against
        Women and Girls (VAWG) programme at Folkestone harbour.

        2. Ms Leigh (Nightjar Liaison Officer) asked whether the domestic homicide review
        funding shortfall would affect the Nightjar programme. Shafick Peerbux (Covert
        Tasking Lead, Kent Police) said that it would not.

        RESOLVED that the Nightjar covert staffing proposals be approved.

        """;

    public ConfiguredApiFactory WithExempt { get; } = Empty();

    public ConfiguredApiFactory WithoutExempt { get; } = Empty();

    public async Task InitializeAsync()
    {
        await IngestAsync(WithExempt, PublicPart + ExemptPart);
        await IngestAsync(WithoutExempt, PublicPart);
    }

    /// <summary>Replaces the exempt item's text (the same document key), as a corrected file dropped again would.</summary>
    public Task ReplaceExemptTextAsync(string from, string to) =>
        IngestAsync(WithExempt, PublicPart + ExemptPart.Replace(from, to, StringComparison.Ordinal));

    private static ConfiguredApiFactory Empty() => new(("Kcsp:IndexDirectory", KcspApiFactory.RootToken + "/exempt-index"));

    private static async Task IngestAsync(KcspApiFactory factory, string text)
    {
        var ingest = factory.Services.GetRequiredService<IngestService>();
        foreach (var (name, content) in new[]
                 {
                     ("kcsp-2023-06-15.txt", text),
                     ("kcsp-2023-09-14.txt", HostileDocuments.PrintedMinutes(new DateOnly(2023, 9, 14))),
                 })
        {
            var result = await ingest.IngestAsync(new SourceDocument(name, System.Text.Encoding.UTF8.GetBytes(content)));
            if (!result.Succeeded) throw new InvalidOperationException($"{name}: {result.Reason} {result.Message}");
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        WithExempt.Dispose();
        WithoutExempt.Dispose();
    }
}
