using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RencontresAict.Content;

namespace RencontresAict.Api.Security;

/// <summary>
/// The RSA keys of the OAuth2 server: one signs access tokens, one encrypts what OpenIddict encrypts. Read from the
/// PEM files named by <c>Api:TokenSigningKeyPath</c> / <c>Api:TokenEncryptionKeyPath</c> when set, else from
/// <c>{DataPath}/keys/</c>, where they are created on first start, readable by the site's user only. Never from the
/// repository. Deleting the signing key revokes every token issued so far.
/// </summary>
public sealed class ApiTokenKeys(IOptions<SiteOptions> site, IOptions<ApiOptions> api)
{
    public const string Folder = "keys";

    public const string SigningKeyFile = "token-signing.pem";

    public const string EncryptionKeyFile = "token-encryption.pem";

    public RsaSecurityKey SigningKey() => Load(api.Value.TokenSigningKeyPath, SigningKeyFile);

    public RsaSecurityKey EncryptionKey() => Load(api.Value.TokenEncryptionKeyPath, EncryptionKeyFile);

    private RsaSecurityKey Load(string? configuredPath, string fileName)
    {
        var path = string.IsNullOrEmpty(configuredPath) ? Path.Combine(site.Value.DataPath, Folder, fileName) : configuredPath;
        if (string.IsNullOrEmpty(configuredPath) && !File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, fileOptions);
            using var writer = new StreamWriter(stream);
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }
}
