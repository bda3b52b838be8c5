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

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (Messages.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return Messages;
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
