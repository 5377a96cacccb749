namespace KcspSearch.Api.Health;

/// <summary>One health check's outcome, e.g. <c>index: Healthy, "5 meetings, 312 chunks."</c>.</summary>
public sealed record HealthCheckEntry(string Name, string Status, string? Description);
