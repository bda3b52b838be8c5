namespace RencontresAict.Conference.Registrations;

/// <summary>What <see cref="RegistrationCancellationService.CancelAsync"/> did.</summary>
public enum CancellationOutcome
{
    /// <summary>Missing or already cancelled: nothing changed.</summary>
    NotLive,

    /// <summary>The registration's workflow, waiting for the "Cancel" signal, cancelled it (e-mail, freed seat).</summary>
    CancelledByWorkflow,

    /// <summary>No workflow waited for it (a pending or waiting registration): cancelled here, with the same effects.</summary>
    CancelledDirectly,
}
