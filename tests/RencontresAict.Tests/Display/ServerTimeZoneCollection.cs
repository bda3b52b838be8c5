namespace RencontresAict.Tests.Display;

/// <summary>Tests that change the process's local time zone run alone, after the others.</summary>
[CollectionDefinition(nameof(ServerTimeZoneTests), DisableParallelization = true)]
public sealed class ServerTimeZoneCollection;
