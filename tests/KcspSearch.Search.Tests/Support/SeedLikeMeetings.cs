using KcspSearch.Minutes.Model;

namespace KcspSearch.Search.Tests.Support;

/// <summary>Two meetings mirroring items of the real seeds (KCSP 24 March 2022 and 8 October 2019), plus an exempt item.</summary>
public static class SeedLikeMeetings
{
    public const string Committee = "Kent Community Safety Partnership";

    public static Meeting March2022() => new MeetingBuilder(Committee, new DateOnly(2022, 3, 24))
        .Person("peerbux", "Shafick Peerbux", "Head of Community Safety", "KCC")
        .Person("brinson", "Ms S Brinson", "Community Safety Team Leader", "KCC")
        .Person("harper", "Mr A Harper", "Chief Executive, Office of the Police and Crime Commissioner")
        .Person("powell", "Mr M Powell")
        .Acronym("VAWG", "Violence Against Women and Girls")
        .Item("Notes of meeting held on 18 November 2021", [], i => i
            .Resolution("RESOLVED that the minutes of the meeting held on 18 November 2021 were correctly recorded and be signed by the Chairman."))
        .Item("Kent Community Safety Agreement Review and Refresh", ["community-safety-agreement", "VAWG"], i => i
            .Para("1", "Shafick Peerbux introduced the report of the Kent Community Safety Agreement review and refresh.", "peerbux")
            .Para("2", "Ms Brinson wanted to draw attention to Violence Against Women and Girls (VAWG) being an emerging concern that it is proposed to include within the Domestic Abuse (DA) priority.", "brinson")
            .Resolution("RESOLVED that the Kent Community Safety Partnership agree the priorities and cross-cutting themes for 2022/23 taking into account the comments about VAWG and DA."))
        .Item("Kent Community Safety Partnership Working Group Update", ["funding"], i => i
            .Para("1", "Mr Peerbux offered his thanks to the Police and Crime Commissioner for confirmation that the KCSP would receive Crime Reduction Grant funding of the same level as 2021/2022.", "peerbux")
            .Resolution("RESOLVED that the KCSP note the progress and actions undertaken by the Working Group."))
        .Item("Kent Police and Crime Commissioners response to Mental Health", ["mental-health"], i => i
            .Para("1", "Mr Harper gave an update on mental health and reducing mental health demand on Kent Police.", "harper")
            .Para("2", "Mr Harper referred to table 10 within the report, which showed the number of Section 136 detentions from 2018 to January 2022.", "harper")
            .Resolution("RESOLVED that an annual update on mental health be provided to the KCSP in March of each year."))
        .Item("Kent and Medway Violence Reduction Unit Update", ["VRU", "funding"], i => i
            .Para("1", "Mr Powell gave Members an update on the work of the Violence Reduction Unit and confirmed three years funding from the Home Office.", "powell")
            .Resolution("RESOLVED that the KCSP note the findings of the Strategic Needs Assessment and endorse the priority areas and responses to serious violence."))
        .Item("Domestic Homicide Review Update", ["DHR", "funding"], i => i
            .Para("1", "Mr Peerbux provided an update on the Kent and Medway Domestic Homicide Review (DHR) cases as well as a case briefing on the most recently published cases.", "peerbux")
            .Para("2", "Mr Peerbux confirmed that whilst there is a funding model in place with all statutory partners contributing funding towards DHRs, there is a risk to the model which left a shortfall in funding for this financial year.", "peerbux")
            .Resolution("RESOLVED that the domestic homicide review update be noted."))
        .Item("Exempt: Operation Nightjar", ["serious-violence"], i => i
            .Para("1", "Mr Powell briefed Members on Operation Nightjar, a confidential county lines investigation.", "powell")
            .Resolution("RESOLVED that the confidential briefing on Operation Nightjar be noted."), restricted: true)
        .Build();

    public static Meeting October2019() => new MeetingBuilder(Committee, new DateOnly(2019, 10, 8))
        .Person("peerbux", "Mr S Peerbux", "Head of Community Safety, Public Protection", "KCC")
        .Person("harper", "Mr A Harper", "Chief Executive, Office of the Police and Crime Commissioner")
        .Person("barrington-king", "Mr P Barrington-King", "Chairman of the Select Committee")
        .Item("Mental Health Update", ["mental-health"], i => i
            .Para("1", "Mr Harper provided an update on the disproportionate use of Section 136 detentions within Kent.", "harper")
            .Para("3", "Mr Harper said that the current data revealed a disproportionate use of S136 detentions by Kent Police.", "harper")
            .Para("7(c)", "One of the options that had been explored was the Folkstone Safe Haven pilot project which offered an alternative Place of Safety <for> Kent Police & partners.", "harper")
            .Resolution("It was RESOLVED that the verbal update be noted."), minute: "241")
        .Item("Select Committee on Knife Crime in Kent", ["serious-violence"], i => i
            .Para("1", "Mr Barrington-King introduced the report that set out the key activities undertaken by the Select Committee on Knife Crime.", "barrington-king")
            .Resolution("It was RESOLVED that the key activities undertaken by the Knife Crime Select Committee, and its report, be noted."), minute: "243")
        .Item("Domestic Homicide Reviews (DHRs) Update", ["DHR"], i => i
            .Para("1", "Mr Peerbux provided an update on Domestic Homicide Reviews (DHRs).", "peerbux")
            .Resolution("It was RESOLVED that the update be noted."), minute: "249")
        .Build();
}
