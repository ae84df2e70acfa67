using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Get-* of child objects (keys, credentials). One parent given as a parameter streams page by page; many
    /// parents (array or pipeline) are listed concurrently up to -ThrottleLimit and written in parent order.
    /// Either way the output goes through -Skip/-First. A literal child id (-KeyId, -CredentialId) gets that one
    /// child; wildcards filter the list, as does the name filter. The child id may come from each piped object
    /// (by property name), so every queued parent carries the child id of its own input.
    /// </summary>
    public abstract class ChildListCmdlet<TParent, TModel> : BulkCmdlet<(TParent Parent, string? ChildId), IReadOnlyList<TModel>>
        where TModel : class
    {
        private NamePattern name = NamePattern.From(null);

        /// <summary>The child id parameter's value for the current input (-KeyId, -CredentialId).</summary>
        internal abstract string? ChildIdFilter { get; }

        /// <summary>The name filter parameter's value (-Name, -DisplayName).</summary>
        internal abstract string? NameFilter { get; }

        /// <summary>The parent's own id: the error target unless a literal child id was given.</summary>
        internal abstract string ParentIdOf(TParent parent);

        /// <summary>The children of one parent that pass the cmdlet's filters, as output models.</summary>
        internal abstract IAsyncEnumerable<TModel> Fetch(TParent parent, NamePattern childId, CancellationToken cancellationToken);

        internal override void Begin()
        {
            base.Begin();
            name = NamePattern.From(NameFilter);
        }

        internal override object? TargetOf((TParent Parent, string? ChildId) input)
        {
            NamePattern childId = NamePattern.From(input.ChildId);
            return childId.IsLiteral ? childId.Text : ParentIdOf(input.Parent);
        }

        /// <summary>
        /// What <see cref="Fetch"/> returns for one parent: the child with the literal id (one request), else the
        /// list filtered by the id pattern; either way only children whose name matches the name filter.
        /// </summary>
        internal IAsyncEnumerable<TModel> GetOrList<TSource>(
            NamePattern childId,
            Func<string, Task<TSource>> get,
            Func<IAsyncEnumerable<TSource>> list,
            Func<TSource, string?> idOf,
            Func<TSource, string?> nameOf,
            Func<TSource, TModel> map,
            CancellationToken cancellationToken) => childId.IsLiteral
            ? AsyncLists.One(() => get(childId.Text!), c => name.Matches(nameOf(c)), map)
            : AsyncLists.Filter(list(), c => childId.Matches(idOf(c)) && name.Matches(nameOf(c)), map, cancellationToken);

        /// <summary>Lists the children of the parents of this ProcessRecord, with this record's child id.</summary>
        internal void ListChildren(IReadOnlyList<TParent> parents)
        {
            string? childId = ChildIdFilter;
            if (parents.Count == 1 && !MyInvocation.ExpectingInput)
            {
                (TParent Parent, string? ChildId) only = (parents[0], childId);
                ForInput(TargetOf(only), () => WriteList(ct => Fetch(only, ct), _ => true, model => model));
                return;
            }

            foreach (TParent parent in parents)
            {
                Enqueue((parent, childId));
            }
        }

        internal override Task<IReadOnlyList<TModel>> RunAsync((TParent Parent, string? ChildId) input, CancellationToken cancellationToken) =>
            AsyncLists.CollectAsync(Fetch(input, cancellationToken), cancellationToken);

        internal override void WriteResult((TParent Parent, string? ChildId) input, IReadOnlyList<TModel> result)
        {
            foreach (TModel item in result)
            {
                if (Pager.Take())
                {
                    WriteModel(item);
                }
            }
        }

        internal override void End()
        {
            base.End();
            WriteTotalCountIfAsked();
        }

        private IAsyncEnumerable<TModel> Fetch((TParent Parent, string? ChildId) input, CancellationToken cancellationToken) =>
            Fetch(input.Parent, NamePattern.From(input.ChildId), cancellationToken);
    }
}
