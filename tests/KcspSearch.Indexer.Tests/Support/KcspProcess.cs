using System.Diagnostics;

namespace KcspSearch.Indexer.Tests.Support;

/// <summary>
/// The built <c>kcsp.dll</c> (copied beside the tests) run as a child process with <c>dotnet</c>, so a test can kill it
/// as the operating system would. Output is drained as it comes (a full pipe would stall the child) and kept.
/// </summary>
public sealed class KcspProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private KcspProcess(Process process) => this.process = process;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "kcsp.dll");

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts <c>dotnet kcsp.dll ARGS</c> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static KcspProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var child = new KcspProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        child.process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs <c>kcsp ARGS</c> to the end and returns its exit code and output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var child = Start(workingDirectory, environment, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await child.process.WaitForExitAsync(timeout.Token);
        child.process.WaitForExit(); // flushes the asynchronous output readers
        return (child.process.ExitCode, child.Output);
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no handler runs, no file is closed cleanly.</summary>
    public async Task KillAsync()
    {
        try
        {
            process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        await process.WaitForExitAsync();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
