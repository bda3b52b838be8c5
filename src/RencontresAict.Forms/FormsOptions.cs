namespace RencontresAict.Forms;

/// <summary>Boot settings of form posting (section <c>Forms</c>): body size, the per-IP rate limit, posts handled at once.</summary>
public sealed class FormsOptions
{
    public const string Section = "Forms";

    /// <summary>The rate-limiting policy of form and cancellation posts.</summary>
    public const string RateLimitPolicy = "FormPosts";

    /// <summary>A larger body is refused with 413 before it is read.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Posts one IP address may make per <see cref="RateLimitWindow"/>; beyond, 429.</summary>
    public int PostsPerIp { get; set; } = 20;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Posts handled at once by this process; more wait in memory (Http/FormPostGate), not for a database connection.</summary>
    public int ConcurrentPosts { get; set; } = 16;

    /// <summary>How long a cancellation link sent in a confirmation e-mail stays valid.</summary>
    public TimeSpan CancellationLinkLifetime { get; set; } = TimeSpan.FromDays(365);
}
