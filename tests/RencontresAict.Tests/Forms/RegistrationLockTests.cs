using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Admin.Registrations;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

/// <summary>
/// Which registrations wait for which: the same address always waits for itself; when the edition counts its seats
/// every registration waits for the others; when it does not, different people's registrations do not wait.
/// </summary>
public sealed class RegistrationLockTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task EachAddressPostedAtOnceFromThreeFormsIsRegisteredOnceAndRemindedTwice(string provider)
    {
        await using var site = await RegistrationSite.StartAsync(provider: provider);
        var addresses = Enumerable.Range(0, 8).Select(i => $"personne{i}@example.org").ToArray();
        var visitors = addresses.SelectMany(a => Enumerable.Range(0, 3).Select(_ => (Address: a, Visitor: site.NewVisitor()))).ToList();
        var forms = new (string Action, Dictionary<string, string> Hidden)[visitors.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, visitors.Count), new ParallelOptions { MaxDegreeOfParallelism = 3 },
            async (i, _) => forms[i] = await visitors[i].Visitor.OpenFormAsync());

        var responses = await Task.WhenAll(visitors.Select((v, i) => v.Visitor.PostAsync(forms[i].Action, forms[i].Hidden, RegistrationVisitor.ValidAnswers(v.Address))));
        visitors.ForEach(v => v.Visitor.Dispose());
        var registrations = await site.ListRegistrationsAsync();

        Assert.Equal(8, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString == "/inscription/merci"));
        Assert.Equal(16, responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(8, registrations.Count);
        Assert.Equal(addresses, registrations.Select(r => r.GetText("Registration", "Email", "Text")).Order(StringComparer.Ordinal));
        Assert.Equal(24, await RegistrationStaff.CountOutboxAsync(site));
    }

    [Fact]
    public async Task OnPostgresWithoutCapacityARegistrationDoesNotWaitForAnotherPersonsUnfinishedOne()
    {
        await using var site = await RegistrationSite.StartAsync(provider: "Postgres");
        using var visitor = site.NewVisitor();
        var (action, hidden) = await visitor.OpenFormAsync();

        await using var unfinished = site.Site.Services.CreateAsyncScope();
        await unfinished.ServiceProvider.GetRequiredService<RegistrationStore>()
            .LockForRegistrationAsync(SiteFactory.EditionId, "quelquun.dautre@example.org", seatsCounted: false);
        var posted = await visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("/inscription/merci", posted.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task OnPostgresARegistrationWaitsForTheUnfinishedOneOfTheSameAddressAndForAnyOneWhenSeatsAreCounted()
    {
        await using var site = await RegistrationSite.StartAsync(provider: "Postgres");
        var sameAddress = await PostWhileAnotherIsUnfinishedAsync(site, "anne.dupre@example.org", " Anne.Dupre@EXAMPLE.org", seatsCounted: false);
        await site.SetCapacityAsync(100);
        var seatsCounted = await PostWhileAnotherIsUnfinishedAsync(site, "paul.martin@example.org", "quelquun.dautre@example.org", seatsCounted: true);

        Assert.Equal((true, "/inscription/merci"), sameAddress);
        Assert.Equal((true, "/inscription/merci"), seatsCounted);
    }

    /// <summary>
    /// Posts a registration of <paramref name="email"/> while another transaction holds the locks a registration of
    /// <paramref name="other"/> takes: whether the post still waited after a second, and where it went once that
    /// transaction ended (rolled back).
    /// </summary>
    private static async Task<(bool Waited, string Location)> PostWhileAnotherIsUnfinishedAsync(RegistrationSite site, string email, string other, bool seatsCounted)
    {
        using var visitor = site.NewVisitor();
        var (action, hidden) = await visitor.OpenFormAsync();
        Task<HttpResponseMessage> posted;
        bool waited;
        await using (var unfinished = site.Site.Services.CreateAsyncScope())
        {
            await unfinished.ServiceProvider.GetRequiredService<RegistrationStore>().LockForRegistrationAsync(SiteFactory.EditionId, other, seatsCounted);
            posted = visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers(email));
            waited = await Task.WhenAny(posted, Task.Delay(TimeSpan.FromSeconds(1))) != posted;
        }

        var response = await posted.WaitAsync(TimeSpan.FromSeconds(60));
        return (waited, response.Headers.Location?.OriginalString ?? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }
}
