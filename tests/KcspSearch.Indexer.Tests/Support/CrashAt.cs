using KcspSearch.Indexer.Ingest;

namespace KcspSearch.Indexer.Tests.Support;

/// <summary>Stops an ingest at one step for one file, as if the process died there.</summary>
public sealed class CrashAt(IngestStep step, string fileName) : IIngestStepObserver
{
    public bool Crashed { get; private set; }

    public void OnStep(IngestStep current, string file)
    {
        if (current != step || file != fileName || Crashed) return;
        Crashed = true;
        throw new SimulatedCrashException($"process killed after {step} of {file}");
    }
}

public sealed class SimulatedCrashException(string message) : Exception(message);
