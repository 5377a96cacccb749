using KcspSearch.Minutes.Enrichment;

namespace KcspSearch.Minutes.Tests.Enrichment;

public class SpeakerDetectorTests
{
    private readonly SpeakerDetector detector = new();

    /// <summary>Speaking surnames and office ids, in order.</summary>
    private string[] Speakers(string text) => detector.Detect(text)
        .Where(m => m.IsSpeaker)
        .Select(m => m.Name?.Surname ?? m.OfficeId ?? m.Text)
        .ToArray();

    [Theory]
    [InlineData("Mr Peerbux introduced the report that detailed the progress of the action plan.", "Peerbux")]
    [InlineData("Ms Brinson advised that there had been a number of minor changes.", "Brinson")]
    [InlineData("Mr Harper and Mr Pritchard responded to comments and questions as follows:", "Harper|Pritchard")]
    [InlineData("In response to a question, Mr Powell confirmed that there was a focus on prevention.", "Powell")]
    [InlineData("Shafick Peerbux introduction the report of the Kent Community Safety Agreement review.", "Peerbux")]
    [InlineData("Mr Harper (Chief Executive, Office of the Police and Crime Commissioner) provided an update on detentions.", "Harper")]
    [InlineData("Mr Barrington-King responded to comments and questions as follows:", "Barrington-King")]
    [InlineData("Mr Peerbux also briefed the KCSP on the next phase of work.", "Peerbux")]
    [InlineData("Mr Harper paid thanks to all partner agencies involved.", "Harper")]
    [InlineData("Mr Weiss (Head of Head start Kent) and Ms Annan-Veitch (Policy Advisor) provided an update on the feedback.", "Weiss|Annan-Veitch")]
    [InlineData("Members received an update on the Kent and Medway Joint Exploitation Group.", "partnership-member")]
    [InlineData("A Partnership Member asked whether the data would be shared.", "partnership-member")]
    [InlineData("The Vice-Chairman requested a further update on Vision Zero Strategy in March 2023.", "vice-chairman")]
    [InlineData("The Chairman thanked officers for the report.", "chairman")]
    [InlineData("The Chair welcomed everyone to the meeting.", "chairman")]
    [InlineData("The officer responded to comments and questions as follows:", "officer")]
    [InlineData("Cllr Mochrie-Cox asked about the timescales.", "Mochrie-Cox")]
    [InlineData("DCI Loose explained the new process.", "Loose")]
    [InlineData("Dr Ghosh said that demand had risen.", "Ghosh")]
    [InlineData("Chief Superintendent Pritchard informed the KCSP of the restructure.", "Pritchard")]
    [InlineData("Chief Inspector Lara Connor gave an update on the team.", "Connor")]
    [InlineData("Professor Smith presented the findings.", "Smith")]
    [InlineData("Mr McMullan updated Members on the Vision Zero Strategy.", "McMullan")]
    [InlineData("Miss Weaver advised the partnership to stay informed of the progress.", "Weaver")]
    public void Detect_SubjectOfReportingVerb_IsSpeaker(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Speakers(text));
    }

    [Theory]
    [InlineData("Subsequent to Mr Harper’s comments, the report was noted.")]
    [InlineData("Subsequent to Mr Harper's comments, the report was noted.")]
    [InlineData("The team would transfer under Chief Inspector Lara Connor’s jurisdiction.")]
    [InlineData("The notes were signed by the Chairman subject to the rectification of an error.")]
    [InlineData("Kent Police informed partners of the change.")]
    [InlineData("Trading Standards recognised the need for quality assurance from retailers.")]
    [InlineData("The evidence submitted to the Select Committee suggested that training was inconsistent.")]
    [InlineData("Mr Powell gave Members an update", "Powell")]
    [InlineData("This was accepted and would be considered by the Commissioner’s Chief Executive.")]
    public void Detect_MentionsThatAreNotSubjects_AreNotSpeakers(string text, string? only = null)
    {
        Assert.Equal(only is null ? [] : [only], Speakers(text));
    }

    [Fact]
    public void Detect_PeopleWelcomedAndThanked_AreMentionedButNotSpeakers()
    {
        var mentions = detector.Detect("Mr Peerbux welcomed Chief Inspector Lara Connor to the KCSP with extended thanks to "
            + "Chief Inspector Guy Thompson for his continued support to the KCSP throughout the interim period.");

        Assert.Equal(["Peerbux"], mentions.Where(m => m.IsSpeaker).Select(m => m.Name!.Surname));
        var connor = Assert.Single(mentions, m => m.Name?.Surname == "Connor");
        Assert.Equal(new PersonName("Chief Inspector", "Lara", null, "Connor"), connor.Name);
        Assert.False(connor.IsSpeaker);
        Assert.False(Assert.Single(mentions, m => m.Name?.Surname == "Thompson").IsSpeaker);
    }

    [Fact]
    public void Detect_PersonWhoSatOnAPanel_IsNotSpeaking()
    {
        var mentions = detector.Detect("Mr Harper assured the KCSP that Kent Police were committed and said that "
            + "Matthew Scott (Police and Crime Commissioner) sat on the Independent Review Panel.");

        Assert.Equal(["Harper"], mentions.Where(m => m.IsSpeaker).Select(m => m.Name!.Surname));
        Assert.DoesNotContain(mentions, m => m.Name?.Surname == "Scott" && m.IsSpeaker);
    }

    [Fact]
    public void Detect_TitledPersonWithRoleWhoIsNotSpeaking_IsReturnedWithBracket()
    {
        var mentions = detector.Detect("The pilot was agreed with Mr Scott (Police and Crime Commissioner) last year.");

        var scott = Assert.Single(mentions);
        Assert.Equal("Police and Crime Commissioner", scott.Bracket);
        Assert.False(scott.IsSpeaker);
    }

    [Fact]
    public void Detect_PossessiveBeforeTheRealSubject_OnlySubjectSpeaks()
    {
        var mentions = detector.Detect("Subsequent to Mr Harper’s comments, Mr Pritchard (Chief Superintendent, Kent Police) "
            + "informed the KCSP that the money would support the Violence Reduction Units.");

        Assert.Equal(["Pritchard"], mentions.Where(m => m.IsSpeaker).Select(m => m.Name!.Surname));
        Assert.Equal("Chief Superintendent, Kent Police", mentions.Single(m => m.IsSpeaker).Bracket);
    }

    [Fact]
    public void Detect_NestedBracketAfterName_IsKeptWhole()
    {
        var mention = Assert.Single(detector.Detect(
            "Mr Harper (Police and Crime Commissioners (PCCs) Chief Executive) gave an update on mental health."));

        Assert.True(mention.IsSpeaker);
        Assert.Equal("Police and Crime Commissioners (PCCs) Chief Executive", mention.Bracket);
    }

    [Fact]
    public void Detect_NameWithInitialsAcrossLineBreak_ParsesInitial()
    {
        var mention = Assert.Single(detector.Detect("Mr S\nPeerbux advised that spending had been challenging."));

        Assert.Equal(new PersonName("Mr", null, "S", "Peerbux"), mention.Name);
        Assert.Equal("Mr S Peerbux", mention.Text);
    }

    [Fact]
    public void Detect_PronounBeforeReportingVerb_IsSpeakingPronoun()
    {
        var mentions = detector.Detect("He informed the KCSP that one of the initiatives was Op Concern. As he had previously reported the PCC had stepped down.");

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(MentionKind.Pronoun, m.Kind));
        Assert.All(mentions, m => Assert.True(m.IsSpeaker));
    }

    [Fact]
    public void Detect_PronounNotFollowedByReportingVerb_IsIgnored()
    {
        Assert.Empty(detector.Detect("He was pleased with the progress and she had started work on the plan."));
    }

    [Fact]
    public void Detect_ObjectsListedWithCommas_OnlyTheNameBeforeTheVerbSpeaks()
    {
        Assert.Equal(["chairman", "Harper"], Speakers("The Chairman thanked Ms Brinson, Mr Harper said that work continued."));
    }
}
