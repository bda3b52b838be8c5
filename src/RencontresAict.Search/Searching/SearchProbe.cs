using System.Diagnostics;
using RencontresAict.Content.Documents;

namespace RencontresAict.Search.Searching;

public sealed class SearchProbe(DocumentSession session)
{
    private readonly Stopwatch _sw = Stopwatch.StartNew();
    private readonly List<string> _lines = [];
    private readonly Dictionary<string, (double Ms, long Bytes, int N)> _adds = [];
    private long _alloc = GC.GetTotalAllocatedBytes(true);
    private int _queries = session.ProbeQueries;
    private double _cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    public void Mark(string phase)
    {
        var alloc = GC.GetTotalAllocatedBytes(true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        _lines.Add($"{phase}: {_sw.Elapsed.TotalMilliseconds:F2} ms wall, cpu {cpu - _cpu:F1}, {(alloc - _alloc) / 1024.0:F0} KB, sql {session.ProbeQueries - _queries}");
        _sw.Restart();
        _alloc = GC.GetTotalAllocatedBytes(true);
        _cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        _queries = session.ProbeQueries;
    }

    public void Add(string what, double ms, long bytes)
    {
        var v = _adds.GetValueOrDefault(what);
        _adds[what] = (v.Ms + ms, v.Bytes + bytes, v.N + 1);
    }

    public void Report(string words)
    {
        if (Environment.GetEnvironmentVariable("SEARCH_PROBE") is null) return;
        Console.Error.WriteLine($"PROBE [{words}] " + string.Join(" | ", _lines) + " | " + string.Join(" | ", _adds.Select(a => $"{a.Key} x{a.Value.N}: {a.Value.Ms:F2} ms {a.Value.Bytes / 1024.0:F0} KB")));
    }
}
