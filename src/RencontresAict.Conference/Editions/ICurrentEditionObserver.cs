namespace RencontresAict.Conference.Editions;

/// <summary>Told after the current edition has changed and the change is committed (the host evicts its cached public pages).</summary>
public interface ICurrentEditionObserver
{
    Task CurrentEditionChangedAsync();
}
