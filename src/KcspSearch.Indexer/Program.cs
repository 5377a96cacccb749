using KcspSearch.Indexer.Cli;

return await KcspCli.RunAsync(args, CliConsole.System);
