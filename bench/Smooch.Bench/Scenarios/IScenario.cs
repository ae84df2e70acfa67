using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Bench.Scenarios;

internal interface IScenario
{
    /// <summary>The name used by --only and as the prefix of the scenario's figures.</summary>
    string Name { get; }

    Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken);
}
