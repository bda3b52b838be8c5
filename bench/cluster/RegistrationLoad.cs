using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace RencontresAict.ClusterBench;

/// <summary>
/// Visitors registering through both nodes at a steady pace: registration i opens /inscription on node i mod 2 and
/// posts it back. A post that gets no answer (node killed, connection cut), a 503 (database lost) or a 5xx is posted
/// again, with the same one-time token, to the other node, as a visitor pressing the button again behind a load
/// balancer would; an expired form (400) is opened again. Accepted: answered 302, or « Demande déjà reçue » when an
/// earlier attempt was stored but its answer was lost.
/// </summary>
public sealed partial class RegistrationLoad(IReadOnlyList<SiteNode> nodes, int count, int workers, double perSecond, string run)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private int _accepted;
    private int _alreadyReceived;

    public ConcurrentBag<string> AcceptedEmails { get; } = [];

    public ConcurrentDictionary<string, int> Retries { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<string> Refused { get; } = [];

    public int Accepted => Volatile.Read(ref _accepted);

    public int AlreadyReceived => Volatile.Read(ref _alreadyReceived);

    public static string Email(string run, int i) => $"campagne-{run}-{i}@example.org";

    public async Task RunAsync()
    {
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            for (var i = w; i < count; i += workers)
            {
                var due = TimeSpan.FromSeconds(i / perSecond) - started.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }

                await RegisterAsync(client, i);
            }
        }));
    }

    private async Task RegisterAsync(HttpClient client, int i)
    {
        var node = i % nodes.Count;
        (string Action, List<KeyValuePair<string, string>> Fields)? form = null;
        var since = Stopwatch.StartNew();
        while (since.Elapsed < GiveUpAfter)
        {
            try
            {
                form ??= await OpenAsync(client, nodes[node].Url, Email(run, i));
                using var response = await client.PostAsync(new Uri(nodes[node].Url, form.Value.Action), new FormUrlEncodedContent(form.Value.Fields));
                var body = await response.Content.ReadAsStringAsync();
                switch ((int)response.StatusCode)
                {
                    case 302:
                        Accept(i);
                        return;
                    case 200 when body.Contains("Demande déjà reçue", StringComparison.Ordinal):
                        Interlocked.Increment(ref _alreadyReceived);
                        Accept(i);
                        return;
                    case 400:
                        Count("form expired (400), opened again");
                        form = null;
                        break;
                    case >= 500 and var status:
                        Count($"answered {status}, posted again to the other node");
                        break;
                    case var status:
                        Refused.Add($"{Email(run, i)}: {status}");
                        return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                Count($"{(form is null ? "form" : "post")} without an answer ({ex.GetType().Name}), tried on the other node");
            }

            node = (node + 1) % nodes.Count;
            await Task.Delay(200);
        }

        Refused.Add($"{Email(run, i)}: gave up after {GiveUpAfter}");
    }

    private void Accept(int i)
    {
        AcceptedEmails.Add(Email(run, i));
        Interlocked.Increment(ref _accepted);
    }

    private void Count(string what) => Retries.AddOrUpdate(what, 1, (_, n) => n + 1);

    private static async Task<(string Action, List<KeyValuePair<string, string>> Fields)> OpenAsync(HttpClient client, Uri node, string email)
    {
        using var response = await client.GetAsync(new Uri(node, "/inscription"));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || FormTag().Match(html) is not { Success: true } action)
        {
            throw new InvalidOperationException($"/inscription answered {(int)response.StatusCode}");
        }

        var fields = HiddenInput().Matches(html)
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.AddRange(
        [
            new("Civility", "madame"), new("FirstName", "Anne"), new("LastName", "Dupré"), new("Email", email), new("Phone", "+33 1 53 41 81 81"),
            new("OrganisationType", "collectivite"), new("OrganisationName", "Ville de Dijon"), new("Position", "Chargée de mission"),
            new("Country", "France"), new("Days", "2022-06-20"), new("Formats", "ateliers"), new("PrivacyConsent", "true"),
        ]);
        return (WebUtility.HtmlDecode(action.Groups[1].Value), fields);
    }

    [GeneratedRegex("<form id=\"[^\"]+\" action=\"([^\"]+)\"")]
    private static partial Regex FormTag();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
