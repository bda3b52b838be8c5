using System.Diagnostics;
using System.Globalization;

namespace RencontresAict.ClusterBench;

/// <summary>
/// One published site node, started as systemd starts it: the environment of deploy/env/common.env and its own
/// node-N.env, with the production layout's machines and paths replaced by the campaign's (<paramref name="machines"/>).
/// Its output goes to {log}; <see cref="Kill"/> is a SIGKILL, <see cref="Start"/> starts it again on the same folder.
/// </summary>
public sealed class SiteNode(string name, string siteDll, string deployFolder, IReadOnlyDictionary<string, string> machines, string log)
{
    private Process? _process;

    public string Name => name;

    public Uri Url { get; } = new(machines["ASPNETCORE_URLS"]);

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(siteDll);
        start.WorkingDirectory = Path.GetDirectoryName(siteDll)!;
        foreach (var file in new[] { "common.env", name + ".env" })
        {
            foreach (var (key, value) in EnvironmentFile.Read(Path.Combine(deployFolder, "env", file)))
            {
                start.Environment[key] = value;
            }
        }

        foreach (var (key, value) in machines)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        var writer = TextWriter.Synchronized(new StreamWriter(log, append: true) { AutoFlush = true });
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { writer.WriteLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { writer.WriteLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>kill -9: no graceful stop, requests in flight are cut.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: false);
        _process?.WaitForExit();
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{name} exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} (see {log}).");
            }

            try
            {
                if ((await client.GetAsync(new Uri(Url, "/health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{name} did not answer /health within {timeout}.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }
}
