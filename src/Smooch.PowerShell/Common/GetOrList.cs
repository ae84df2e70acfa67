using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common;

/// <summary>One input of a Get, whatever the source type: written as it streams, or collected for the bulk pipeline.</summary>
internal interface IGetOrList
{
    /// <summary>The target of this input's error.</summary>
    object? Target { get; }

    void WriteTo(PagedOutput output, CallRunner calls);

    Task<IReadOnlyList<object>> CollectAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One input of a Get: the object with a literal id (one request), else every listed object whose id matches the
/// id as a pattern (no id: all); either way only those whose name matches the name filter, as output models.
/// </summary>
/// <param name="target">The error target when the id is not fetched by itself (a literal id so fetched is its own target).</param>
/// <param name="get">
/// Null when a get-one request cannot carry a filter the list has (Get-SmoochApp -ServiceAccountId, Get-SmoochIntegration
/// -Type): then even a literal id is looked up in the filtered list, so the filter never widens the command.
/// </param>
internal sealed class GetOrList<TSource>(
    string? id,
    NamePattern name,
    object? target,
    Func<string, CancellationToken, Task<TSource>>? get,
    Func<CancellationToken, IAsyncEnumerable<TSource>> list,
    Func<TSource, string?> idOf,
    Func<TSource, string?> nameOf,
    Func<TSource, object> map) : IGetOrList
{
    private readonly NamePattern _idPattern = NamePattern.From(id);

    public object? Target => GetsOne ? _idPattern.Text : target;

    private bool GetsOne => _idPattern.IsLiteral && get is not null;

    public void WriteTo(PagedOutput output, CallRunner calls)
    {
        if (output.IsDone)
        {
            return;
        }

        if (GetsOne)
        {
            TSource item = calls.Run(ct => get!(_idPattern.Text!, ct));
            if (name.Matches(nameOf(item)))
            {
                output.Write(map(item));
            }

            return;
        }

        calls.ForEach(list, item =>
        {
            if (IsListed(item))
            {
                output.Write(map(item));
            }

            return !output.IsDone;
        });
    }

    public async Task<IReadOnlyList<object>> CollectAsync(CancellationToken cancellationToken)
    {
        var found = new List<object>();
        if (GetsOne)
        {
            TSource item = await get!(_idPattern.Text!, cancellationToken).ConfigureAwait(false);
            if (name.Matches(nameOf(item)))
            {
                found.Add(map(item));
            }

            return found;
        }

        await foreach (TSource item in list(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (IsListed(item))
            {
                found.Add(map(item));
            }
        }

        return found;
    }

    private bool IsListed(TSource item) => _idPattern.Matches(idOf(item)) && name.Matches(nameOf(item));
}
