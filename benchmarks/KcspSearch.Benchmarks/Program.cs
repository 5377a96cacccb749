using BenchmarkDotNet.Running;
using KcspSearch.Benchmarks;

// "latency" is the targets' percentile run over the query mix, "urls" the same mix as API paths for the HTTP load
// test; anything else goes to BenchmarkDotNet.
if (args is ["latency", ..]) return LatencyRun.Run(args[1..]);
if (args is ["urls"]) return LoadUrls.Run();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
