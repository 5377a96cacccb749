// The kcsp command line: commands are added in Cli/.
return 0;
