using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Minutes.Tests.Parsing;

public class ProceduralItemClassifierTests
{
    [Theory]
    [InlineData("Introduction")]
    [InlineData("Introduction and Apologies")]
    [InlineData("Apologies and Substitutes")]
    [InlineData("Apologies for absence")]
    [InlineData("Substitutes")]
    [InlineData("Declarations of Interest")]
    [InlineData("Declarations of Members' Interests in items on the agenda")]
    [InlineData("Notes of meeting held on 17 July 2019")]
    [InlineData("Notes of the meeting held on 18 November 2021")]
    [InlineData("Minutes of the meeting held on 5 May 2020")]
    [InlineData("Date of next meeting")]
    [InlineData("Dates of meetings in 2022")]
    [InlineData("Date of meetings in 2022")]
    [InlineData("Any other business")]
    [InlineData("1. Introduction")]
    public void IsProcedural_ProceduralTitle_IsTrue(string title)
    {
        Assert.True(ProceduralItemClassifier.IsProcedural(title));
    }

    [Theory]
    [InlineData("Introduction to the Serious Violence Duty")]
    [InlineData("Domestic Homicide Review Update")]
    [InlineData("Kent Community Safety Agreement Review and Refresh")]
    [InlineData("Kent Community Safety Partnership Working Group Update")]
    [InlineData("Preparations for Brexit")]
    public void IsProcedural_SubstantiveTitle_IsFalse(string title)
    {
        Assert.False(ProceduralItemClassifier.IsProcedural(title));
    }
}
