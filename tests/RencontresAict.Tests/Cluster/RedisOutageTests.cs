using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Cluster;

/// <summary>Two nodes on a Redis server of the test's own (redis-server, as run-tests.sh installs it), stopped and started again.</summary>
public sealed class RedisOutageTests
{
    private const string PauseId = "4a1ct130sess10n02206201600";

    [Fact]
    public async Task WhileRedisIsDownTheNodesServeAndAcceptChangesAndOnceItIsBackTheyEvictWhatTheyMissed()
    {
        var port = FreePort();
        var redis = StartRedis(port);
        try
        {
            await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            });
            await nodes.B.GetOkPageAsync("/programme");

            redis.Kill();
            await redis.WaitForExitAsync();
            await RenameAsync(nodes.A, "Pause pendant la panne");
            var onA = await nodes.A.GetOkPageAsync("/programme");
            var (statusOnB, _) = await nodes.B.GetPageAsync("/programme");

            redis = StartRedis(port);
            var seenOnB = await WaitForAsync(nodes.B, "Pause pendant la panne");
            await RenameAsync(nodes.A, "Pause après la panne");
            var seenAgainOnB = await WaitForAsync(nodes.B, "Pause après la panne");

            Assert.Contains("Pause pendant la panne", onA.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(200, statusOnB);
            Assert.True(seenOnB, "node B kept the page cached before the outage after Redis came back");
            Assert.True(seenAgainOnB, "node B missed a change published on node A after Redis came back");
        }
        finally
        {
            redis.Kill();
            redis.Dispose();
        }
    }

    private static Task RenameAsync(SiteFactory node, string title) => node.InScopeAsync(async sp =>
    {
        var content = sp.GetRequiredService<ContentManager>();
        var draft = (await content.GetAsync(PauseId, VersionOptions.DraftRequired))!;
        draft.GetPart("TitlePart")!["Title"] = title;
        await content.SaveDraftAsync(draft);
        await content.PublishAsync(draft);
    });

    private static async Task<bool> WaitForAsync(SiteFactory node, string text)
    {
        for (var i = 0; i < 150; i++)
        {
            if ((await node.GetOkPageAsync("/programme")).QuerySelector("main")!.TextContent.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static Process StartRedis(int port)
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
