namespace KcspSearch.Indexer.Ingest;

/// <summary>
/// Told after each step of an ingest. An exception thrown here stops the ingest where it stands, as a crash
/// would: the worker's recovery must then finish the file on the next start. Register one in DI to trace or
/// to test restart safety; none is registered by default.
/// </summary>
public interface IIngestStepObserver
{
    void OnStep(IngestStep step, string fileName);
}
