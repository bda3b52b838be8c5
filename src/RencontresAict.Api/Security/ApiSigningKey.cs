using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RencontresAict.Content;

namespace RencontresAict.Api.Security;

/// <summary>
/// The HMAC-SHA256 key that signs access tokens, kept in <c>{DataPath}/api/token-signing.key</c> (created on first
/// use, readable by the site's user only). Deleting the file revokes every token issued so far.
/// </summary>
public sealed class ApiSigningKey(IOptions<SiteOptions> site)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => LoadOrCreate(Path.Combine(site.Value.DataPath, "api", "token-signing.key")));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var created = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            try
            {
                var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, fileOptions);
                using var writer = new StreamWriter(stream);
                writer.Write(created);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim())) { KeyId = "api-token-signing" };
    }
}
