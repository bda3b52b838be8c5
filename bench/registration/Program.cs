using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// Registration posts per second against a running site (bench/registration/run.sh starts one): each worker opens
// /inscription once per registration it will post (cookie, antiforgery and one-time tokens, as a visitor's browser
// would), then every worker posts its registrations back to back. Only the posts are timed: each is stored
// (Registration, workflow instance, e-mail in the outbox) before it is answered 302. A first round of --warmup posts
// (default 1000) is reported on its own line: it runs while the JIT still compiles the post path (tiered
// compilation), so the timed round measures the site as it runs after its first minutes, not its first seconds.
var baseUrl = new Uri(Arg("--url", "http://127.0.0.1:5081"));
var count = int.Parse(Arg("--count", "2000"), CultureInfo.InvariantCulture);
var warmup = int.Parse(Arg("--warmup", "1000"), CultureInfo.InvariantCulture);
var workers = int.Parse(Arg("--workers", "16"), CultureInfo.InvariantCulture);
var run = Guid.NewGuid().ToString("N")[..8];

var clients = Enumerable.Range(0, workers).Select(_ => new HttpClient(
    new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 }) { BaseAddress = baseUrl }).ToArray();

var failures = 0;
if (warmup > 0)
{
    failures += await RoundAsync("warm-up", warmup);
}

failures += await RoundAsync("timed", count);
return failures == 0 ? 0 : 1;

async Task<int> RoundAsync(string name, int posts)
{
    var prepared = new List<(string Action, List<KeyValuePair<string, string>> Fields)>[workers];
    var opening = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        prepared[w] = [];
        for (var i = w; i < posts; i += workers)
        {
            var html = await clients[w].GetStringAsync("/inscription");
            var action = Regex.Match(html, "<form id=\"[^\"]+\" action=\"([^\"]+)\"").Groups[1].Value;
            var fields = Regex.Matches(html, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
            fields.AddRange(Answers($"bench-{run}-{name}-{i}@example.org"));
            prepared[w].Add((action, fields));
        }
    }));
    opening.Stop();

    var latencies = new double[posts];
    var failed = 0;
    var posting = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        for (var j = 0; j < prepared[w].Count; j++)
        {
            var (action, fields) = prepared[w][j];
            var started = Stopwatch.GetTimestamp();
            using var response = await clients[w].PostAsync(action, new FormUrlEncodedContent(fields));
            latencies[w + (j * workers)] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }));
    posting.Stop();

    Array.Sort(latencies);
    double Percentile(double p) => latencies[Math.Min(posts - 1, (int)Math.Ceiling(p * posts) - 1)];
    Console.WriteLine($"{name}: opened {posts} forms in {opening.Elapsed.TotalSeconds:F2} s ({posts / opening.Elapsed.TotalSeconds:F0}/s)");
    Console.WriteLine($"{name}: posted {posts} registrations with {workers} workers in {posting.Elapsed.TotalSeconds:F2} s: " +
        $"{posts / posting.Elapsed.TotalSeconds:F0} posts/s, p50 {Percentile(0.50):F1} ms, p90 {Percentile(0.90):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms, not 302: {failed}");
    Console.Out.Flush();
    return failed;
}

string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

static IEnumerable<KeyValuePair<string, string>> Answers(string email) =>
[
    new("Civility", "madame"), new("FirstName", "Anne"), new("LastName", "Dupré"), new("Email", email), new("Phone", "+33 1 53 41 81 81"),
    new("OrganisationType", "collectivite"), new("OrganisationName", "Ville de Dijon"), new("Position", "Chargée de mission"),
    new("Country", "France"), new("Days", "2022-06-20"), new("Days", "2022-06-21"), new("Formats", "ateliers"), new("PrivacyConsent", "true"),
];
