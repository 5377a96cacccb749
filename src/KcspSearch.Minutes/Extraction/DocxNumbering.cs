using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// Word list numbers as printed ("1.", "(a)", "ii)"), resolved the simple way: the paragraph's (or its
/// style's) numbering instance and level, the abstract numbering's level text and format, and running
/// counters per instance that restart deeper levels when a shallower one advances.
/// </summary>
internal sealed class DocxNumbering
{
    private const int MaxLevels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = [];
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
                _instances[id] = instance;
        }
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is int id)
                _abstracts[id] = abstractNum;
        }
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is string id)
                _styles.TryAdd(id, style);
        }
    }

    /// <summary>The paragraph's list label with the gap after it ("1.  "), advancing the counters; null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        var (numId, level) = NumberingOf(paragraph);
        if (numId is not int id || id == 0 || !_instances.TryGetValue(id, out var instance))
            return null;
        if (instance.AbstractNumId?.Val?.Value is not int abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            return null;

        var lvl = Math.Clamp(level ?? 0, 0, MaxLevels - 1);
        var counters = Advance(id, instance, abstractNum, lvl);
        var definition = LevelOf(abstractNum, lvl);
        if (definition?.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            return "-" + Suffix(definition);

        var text = Render(definition?.LevelText?.Val?.Value ?? $"%{lvl + 1}.", abstractNum, counters);
        return text.Length == 0 ? null : text + Suffix(definition);
    }

    private (int? NumId, int? Level) NumberingOf(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = direct?.NumberingId?.Val?.Value;
        int? level = direct?.NumberingLevelReference?.Val?.Value;

        // Styles such as "List Number" carry the numbering themselves; follow basedOn a few steps.
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; numId is null && styleId is not null && depth < 10; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
                break;
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId = fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }
        return (numId, level);
    }

    private int?[] Advance(int numId, NumberingInstance instance, AbstractNum abstractNum, int level)
    {
        if (!_counters.TryGetValue(numId, out var counters))
            _counters[numId] = counters = new int?[MaxLevels];
        for (var shallower = 0; shallower < level; shallower++)
            counters[shallower] ??= StartOf(instance, abstractNum, shallower);
        counters[level] = counters[level] is int current ? current + 1 : StartOf(instance, abstractNum, level);
        for (var deeper = level + 1; deeper < MaxLevels; deeper++)
            counters[deeper] = null;
        return counters;
    }

    private static int StartOf(NumberingInstance instance, AbstractNum abstractNum, int level)
    {
        var levelOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        return levelOverride?.StartOverrideNumberingValue?.Val?.Value
            ?? LevelOf(abstractNum, level)?.StartNumberingValue?.Val?.Value
            ?? 1;
    }

    private static Level? LevelOf(AbstractNum abstractNum, int level) =>
        abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    /// <summary>Level text such as "%1.", "(%2)" or "%1.%2" with each placeholder formatted for its level.</summary>
    private static string Render(string levelText, AbstractNum abstractNum, int?[] counters)
    {
        var result = new StringBuilder();
        for (var i = 0; i < levelText.Length; i++)
        {
            if (levelText[i] == '%' && i + 1 < levelText.Length && levelText[i + 1] is >= '1' and <= '9')
            {
                var placeholder = levelText[i + 1] - '1';
                var format = LevelOf(abstractNum, placeholder)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                result.Append(Format(counters[placeholder] ?? 1, format));
                i++;
            }
            else
            {
                result.Append(levelText[i]);
            }
        }
        return result.ToString().Trim();
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.None) return "";
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa...</summary>
    private static string Letters(int value)
    {
        if (value < 1) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (int Value, string Numeral)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            for (; value >= amount; value -= amount)
                result.Append(numeral);
        }
        return result.ToString();
    }

    /// <summary>The gap Word puts after the label; a tab is shown as two spaces.</summary>
    private static string Suffix(Level? definition)
    {
        var suffix = definition?.LevelSuffix?.Val?.Value;
        if (suffix == LevelSuffixValues.Nothing) return "";
        if (suffix == LevelSuffixValues.Space) return " ";
        return "  ";
    }
}

