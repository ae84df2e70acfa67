using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Get-* of child objects (keys, credentials). One parent given as a parameter streams page by page; many
    /// parents (array or pipeline) are listed concurrently up to -ThrottleLimit and written in parent order.
    /// Either way the output goes through -Skip/-First.
    /// </summary>
    public abstract class ChildListCmdlet<TParent, TModel> : BulkCmdlet<TParent, IReadOnlyList<TModel>>
        where TModel : class
    {
        /// <summary>The children of one parent that pass the cmdlet's filters, as output models.</summary>
        internal abstract IAsyncEnumerable<TModel> Fetch(TParent parent, CancellationToken cancellationToken);

        /// <summary>Lists the children of the parents of this ProcessRecord.</summary>
        internal void ListChildren(IReadOnlyList<TParent> parents)
        {
            if (parents.Count == 1 && !MyInvocation.ExpectingInput)
            {
                TParent only = parents[0];
                ForInput(TargetOf(only), () => WriteList(ct => Fetch(only, ct), _ => true, model => model));
                return;
            }

            foreach (TParent parent in parents)
            {
                Enqueue(parent);
            }
        }

        internal override Task<IReadOnlyList<TModel>> RunAsync(TParent input, CancellationToken cancellationToken) =>
            AsyncLists.CollectAsync(Fetch(input, cancellationToken), cancellationToken);

        internal override void WriteResult(TParent input, IReadOnlyList<TModel> result)
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
    }
}
