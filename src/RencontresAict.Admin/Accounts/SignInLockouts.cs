using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Failed sign-ins in a row per (account, client address), in memory: after
/// <see cref="AdminAccountOptions.MaxFailedAccessAttempts"/> of them that account is locked for that address only,
/// for <see cref="AdminAccountOptions.LockoutDuration"/>. Keys of unknown user names count the same way, so a lockout
/// says nothing about whether the account exists. A restart forgets them (the throttles still hold).
/// </summary>
public sealed class SignInLockouts(TimeProvider clock, IOptions<AdminAccountOptions> options)
{
    /// <summary>Past this many tracked pairs, expired ones are dropped, so addresses that come and go do not pile up.</summary>
    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<(string Account, string Client), Entry> _entries = new();

    /// <summary>How much longer the account is locked for this address, or null when it is not.</summary>
    public TimeSpan? LockedFor(string account, string client)
    {
        var now = clock.GetUtcNow();
        return _entries.TryGetValue((account, client), out var entry) && entry.LockedUntil > now ? entry.LockedUntil - now : null;
    }

    /// <summary>Counts a failure; returns the lockout when this failure starts one, otherwise null.</summary>
    public TimeSpan? RecordFailure(string account, string client)
    {
        var now = clock.GetUtcNow();
        var max = options.Value.MaxFailedAccessAttempts;
        var updated = _entries.AddOrUpdate((account, client),
            _ => Next(new Entry(0, DateTimeOffset.MinValue, now), now, max),
            (_, entry) => Next(entry, now, max));
        PruneIfLarge(now);
        return updated.LockedUntil > now ? updated.LockedUntil - now : null;
    }

    public void RecordSuccess(string account, string client) => _entries.TryRemove((account, client), out _);

    private Entry Next(Entry entry, DateTimeOffset now, int max)
    {
        // Failures older than a lockout are forgotten, as a lockout would have ended by now.
        var failures = entry.LastFailure + options.Value.LockoutDuration < now ? 1 : entry.Failures + 1;
        return failures >= max
            ? new Entry(0, now + options.Value.LockoutDuration, now)
            : new Entry(failures, entry.LockedUntil, now);
    }

    private void PruneIfLarge(DateTimeOffset now)
    {
        if (_entries.Count <= PruneThreshold)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil <= now && entry.LastFailure + options.Value.LockoutDuration < now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LockedUntil, DateTimeOffset LastFailure);
}
