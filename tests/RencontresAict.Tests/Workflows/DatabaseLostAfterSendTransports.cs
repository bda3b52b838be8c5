using Microsoft.Extensions.Options;
using MimeKit;
using RencontresAict.Content;
using RencontresAict.Tests.Hosting;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Tests.Workflows;

/// <summary>The configured transport, after which the database is lost for its next three writes: a restart right after the SMTP server accepted a message.</summary>
public sealed class DatabaseLostAfterSendTransports(IOptions<EmailOptions> options, IOptions<SiteOptions> site, FailingDatabase database)
    : EmailTransportFactory(options, site)
{
    public override IEmailTransport Create() => new Transport(base.Create(), database);

    private sealed class Transport(IEmailTransport inner, FailingDatabase database) : IEmailTransport
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            database.FailNextWrites(new InvalidOperationException("The database is restarting."), 3);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
