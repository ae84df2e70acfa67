using System.Collections.Generic;

namespace Smooch.Client.Models;

/// <summary>Organization API permissions: resource type -> permission name -> granted.</summary>
public sealed class Permissions : Dictionary<string, IDictionary<string, bool>>
{
    /// <summary>An empty set; resource types and permission names compare ordinally (case-sensitive).</summary>
    public Permissions()
        : base(System.StringComparer.Ordinal)
    {
    }
}
