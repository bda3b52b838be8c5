using Microsoft.Extensions.Options;
using MimeKit;
using RencontresAict.Content;

namespace RencontresAict.Admin.Accounts;

/// <summary>Writes each message as an .eml file under <c>{Site:DataPath}/mail</c>, as Orchard's pickup-directory delivery does.</summary>
public sealed class PickupDirectoryAdminMailer(IOptions<SiteOptions> site, TimeProvider clock) : IAdminMailer
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(site.Value.DataPath, "mail");
        Directory.CreateDirectory(folder);
        message.Date = clock.GetUtcNow();
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
