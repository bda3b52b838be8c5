using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace RencontresAict.Tests.Workflows;

/// <summary>A real SMTP server in the test process (netDumbster) on a port of its own, that can be stopped and restarted.</summary>
public sealed class SmtpSink : IDisposable
{
    private SimpleSmtpServer? _server;
    private readonly List<MimeMessage> _received = [];
    private readonly HashSet<SmtpMessage> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Generous: a loaded machine (the whole suite, builds beside it) delivers slowly, and a wait ends as soon as its message is there.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public SmtpSink(bool start = true)
    {
        Port = FreePort();
        if (start)
        {
            Start();
        }
    }

    public int Port { get; }

    public void Start() => _server = SimpleSmtpServer.Start(Port);

    public void Stop()
    {
        Collect();
        _server?.Stop();
        _server?.Dispose();
        _server = null;
    }

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            Collect();
            return _received;
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages arrived (any messages: for counting them all), then returns
    /// every message received. To read one message, wait for it by what it is (<see cref="WaitForAsync(Func{MimeMessage, bool}, TimeSpan?)"/>):
    /// messages arrive in no promised order.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (Messages.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return Messages;
    }

    /// <summary>The first message that matches (subject, recipient…), once it arrived; fails the test when none does in time.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null) =>
        (await WaitForAllAsync(match, 1, timeout))[0];

    /// <summary>The messages that match, once at least <paramref name="count"/> of them arrived; fails the test when fewer do in time.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAllAsync(Func<MimeMessage, bool> match, int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var found = Messages.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (DateTime.UtcNow >= until)
            {
                throw new TimeoutException(
                    $"Expected {count} matching message(s), got {found.Count}; received: {string.Join(" | ", Messages.Select(m => $"{m.To} « {m.Subject} »"))}");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose() => Stop();

    /// <summary>
    /// Takes the messages received since the last look. The server's list is never cleared while it may be receiving
    /// (a message arriving between a read and a clear would be lost), and netDumbster's copy of it can throw while a
    /// message is being added, so a failed read is simply tried again at the next look.
    /// </summary>
    private void Collect()
    {
        if (_server is null)
        {
            return;
        }

        SmtpMessage[] all;
        try
        {
            all = _server.ReceivedEmail;
        }
        catch (IndexOutOfRangeException)
        {
            return;
        }
        catch (ArgumentException)
        {
            return;
        }

        // The server's store is unordered (a bag), so messages are told apart by identity, not by position.
        foreach (var message in all.Where(_seen.Add))
        {
            _received.Add(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.Data))));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
