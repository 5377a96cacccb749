using KcspSearch.Indexer.Generation;
var g = new CorpusGenerator(1);
var s = g.Generate(int.Parse(args[0]), args[1]);
Console.WriteLine(s);
