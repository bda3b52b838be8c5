using Microsoft.Extensions.Options;
using RencontresAict.Content;

namespace RencontresAict.Workflows.Email;

/// <summary>Picks the configured way out for a dispatch round: the pickup folder (default) or SMTP.</summary>
public class EmailTransportFactory(IOptions<EmailOptions> options, IOptions<SiteOptions> site)
{
    public virtual IEmailTransport Create()
    {
        var settings = options.Value;
        return settings.DeliveryMethod == EmailDeliveryMethod.Smtp
            ? new SmtpTransport(settings.Smtp)
            : new PickupDirectoryTransport(settings.PickupDirectoryLocation ?? Path.Combine(site.Value.DataPath, "mail"));
    }
}
