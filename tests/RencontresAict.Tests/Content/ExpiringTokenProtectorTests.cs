using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using RencontresAict.Content.Security;

namespace RencontresAict.Tests.Content;

public sealed class ExpiringTokenProtectorTests
{
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 5, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ATokenGivesBackItsFieldsUntilItsTimeIsOverThenSaysItExpired()
    {
        var tokens = new ExpiringTokenProtector(_keys, "test.v1", _clock);
        var token = tokens.Protect(TimeSpan.FromMinutes(30), "user-1", "stamp");

        var fresh = tokens.Read(token, 2);
        _clock.Advance(TimeSpan.FromMinutes(30));
        var lastSecond = tokens.Read(token, 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var late = tokens.Read(token, 2);

        Assert.Equal(["user-1", "stamp"], fresh!.Fields);
        Assert.False(fresh.Expired);
        Assert.False(lastSecond!.Expired);
        Assert.True(late!.Expired);
        Assert.Equal(["user-1", "stamp"], late.Fields);
    }

    [Fact]
    public void AnAddressWithAVerticalBarInItsLastFieldComesBackWholeAndABarInAnEarlierFieldIsRefused()
    {
        var tokens = new ExpiringTokenProtector(_keys, "test.v1", _clock);

        var read = tokens.Read(tokens.Protect(TimeSpan.FromDays(7), "user-1", "anne|dupre@example.org"), 2);

        Assert.Equal(["user-1", "anne|dupre@example.org"], read!.Fields);
        Assert.Throws<ArgumentException>(() => tokens.Protect(TimeSpan.FromDays(7), "user|1", "anne@example.org"));
    }

    [Fact]
    public void AlteredForeignOtherPurposeOrWrongShapeTokensAreNotRead()
    {
        var tokens = new ExpiringTokenProtector(_keys, "test.v1", _clock);
        var token = tokens.Protect(TimeSpan.FromDays(1), "user-1", "stamp");
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        Assert.Null(tokens.Read(altered, 2));
        Assert.Null(tokens.Read("not-a-token", 2));
        Assert.Null(tokens.Read("", 2));
        Assert.Null(tokens.Read(null, 2));
        Assert.Null(tokens.Read(new string('A', 5000), 2));
        Assert.Null(new ExpiringTokenProtector(_keys, "other.v1", _clock).Read(token, 2));
        Assert.Null(new ExpiringTokenProtector(new EphemeralDataProtectionProvider(), "test.v1", _clock).Read(token, 2));
        Assert.Null(tokens.Read(token, 3));
    }

    [Fact]
    public void TokensMadeBeforeThisTypeInTheFieldsBarExpiryFormatAreStillRead()
    {
        // The plain text the password reset and address confirmation links carried before: read as they were.
        var expires = _clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var earlier = _keys.CreateProtector("test.v1").Protect($"user-1|anne.dupre@example.org|{expires}");

        var read = new ExpiringTokenProtector(_keys, "test.v1", _clock).Read(earlier, 2);

        Assert.Equal(["user-1", "anne.dupre@example.org"], read!.Fields);
        Assert.False(read.Expired);
    }
}
