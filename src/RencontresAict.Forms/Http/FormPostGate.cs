using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace RencontresAict.Forms.Http;

/// <summary>
/// Form posts this process handles at once (<see cref="FormsOptions.ConcurrentPosts"/>); the others wait their turn in
/// memory, for as long as their visitor waits. Posts a handler serializes (one registration per edition) wait for the
/// store anyway (SQLite's write turn, PostgreSQL's advisory lock); without the gate, a burst made every waiting post
/// hold a pooled database connection and the posts beyond the pool failed after the pool's timeout (30 s) instead of
/// waiting a little longer.
/// </summary>
public sealed class FormPostGate(IOptions<FormsOptions> options) : IEndpointFilter, IDisposable
{
    private readonly SemaphoreSlim _turns = new(Math.Max(1, options.Value.ConcurrentPosts));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        await _turns.WaitAsync(context.HttpContext.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose() => _turns.Dispose();
}
