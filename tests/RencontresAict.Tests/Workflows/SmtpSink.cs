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

    private void Collect()
    {
        if (_server is null)
        {
            return;
        }

        foreach (var message in _server.ReceivedEmail)
        {
            _received.Add(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.Data))));
        }

        _server.ClearReceivedEmail();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
