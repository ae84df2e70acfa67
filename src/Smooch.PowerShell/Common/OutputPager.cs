namespace Smooch.PowerShell.Common
{
    /// <summary>-Skip/-First over a stream of results (SupportsPaging); counts everything it was offered for -IncludeTotalCount.</summary>
    internal sealed class OutputPager
    {
        private readonly ulong skip;
        private readonly ulong first;
        private ulong written;

        public OutputPager(ulong skip = 0, ulong first = ulong.MaxValue)
        {
            this.skip = skip;
            this.first = first;
        }

        public ulong Offered { get; private set; }

        /// <summary>True once -First items were written: the caller may stop fetching.</summary>
        public bool IsFull => written >= first;

        /// <summary>Whether <paramref name="item"/> is to be written (it is counted either way).</summary>
        public bool Take()
        {
            Offered++;
            if (Offered <= skip || IsFull)
            {
                return false;
            }

            written++;
            return true;
        }
    }
}
