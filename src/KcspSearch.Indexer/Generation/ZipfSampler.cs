namespace KcspSearch.Indexer.Generation;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, as word and topic frequencies fall off.</summary>
public sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent = 1.0)
    {
        cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
            cumulative[rank] = sum += 1.0 / Math.Pow(rank + 1, exponent);
        for (var rank = 0; rank < count; rank++)
            cumulative[rank] /= sum;
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
