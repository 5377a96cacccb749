using KcspSearch.Api.Health;
using KcspSearch.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace KcspSearch.Api.Tests.Health;

public sealed class IndexHealthCheckTests(TestEngine engine) : IClassFixture<TestEngine>
{
    [Fact]
    public async Task WhileSamplesAreIndexed_ReadinessIsDegradedAndSaysSo()
    {
        var samples = new SampleIndexingStatus();
        var check = new IndexHealthCheck(new ServiceCollection().AddSingleton(engine.Index).BuildServiceProvider(), samples,
            NullLogger<IndexHealthCheck>.Instance);

        samples.Started();
        var during = await check.CheckHealthAsync(new HealthCheckContext());
        samples.Finished();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, during.Status);
        Assert.Contains("sample minutes", during.Description);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal(3, after.Data["meetings"]);
    }
}
