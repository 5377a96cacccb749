using BenchmarkDotNet.Running;
using KcspSearch.Benchmarks;

// "latency" is the targets' percentile run over the query mix; anything else goes to BenchmarkDotNet.
if (args is ["latency", ..]) return LatencyRun.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
