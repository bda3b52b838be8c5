namespace RencontresAict.Web.Cli;

/// <summary>The exit code and the one line to print: on standard output when the code is 0, else on standard error.</summary>
public sealed record CliResult(int ExitCode, string Line)
{
    public static CliResult Success(string line) => new(0, line);

    public static CliResult Failure(string line) => new(1, line);
}
