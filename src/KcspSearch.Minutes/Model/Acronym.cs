namespace KcspSearch.Minutes.Model;

/// <summary>An acronym and its expansion, e.g. VAWG = Violence Against Women and Girls.</summary>
public sealed record Acronym(string Short, string Expansion);
