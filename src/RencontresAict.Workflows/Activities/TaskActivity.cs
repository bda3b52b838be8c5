namespace RencontresAict.Workflows.Activities;

/// <summary>An activity that does something and carries on.</summary>
public abstract class TaskActivity : ActivityBase
{
    public sealed override bool IsEvent => false;
}
