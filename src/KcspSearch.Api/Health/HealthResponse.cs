namespace KcspSearch.Api.Health;

/// <summary>The answer of the health endpoints.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Checks">Each check with its status and a short description.</param>
public sealed record HealthResponse(string Status, IReadOnlyList<HealthCheckEntry> Checks);
