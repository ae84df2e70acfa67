using System.Collections.Generic;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Get-* of child objects (keys, credentials) for many parents at once: each parent's list is fetched
    /// concurrently, and written in parent order through -Skip/-First.
    /// </summary>
    public abstract class ChildListCmdlet<TParent, TModel> : BulkCmdlet<TParent, IReadOnlyList<TModel>>
        where TModel : class
    {
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
