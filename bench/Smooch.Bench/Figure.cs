using System.Collections.Generic;

namespace Smooch.Bench;

/// <summary>One measured figure: the value printed as `name value unit`, plus the per-round values behind it.</summary>
public sealed record Figure(string Name, double Value, string Unit, IReadOnlyList<double> Rounds);

/// <summary>A target from issue 6 that a figure must meet (on the reference 2-core machine).</summary>
public sealed record Target(string Figure, string Comparison, double Threshold)
{
    public bool IsMetBy(double value) => Comparison == "<=" ? value <= Threshold : value >= Threshold;
}
