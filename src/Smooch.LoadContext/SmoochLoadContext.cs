using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Smooch.LoadContext
{
    /// <summary>
    /// A private load context for the module's own assemblies and their dependencies (RestSharp and
    /// friends), so that another module's copy of the same libraries, loaded before or after us,
    /// can neither replace ours nor be replaced by ours. Only this small assembly lives in the
    /// default context; anything not shipped in the module folder (PowerShell itself, the
    /// framework) is shared from the default context.
    /// </summary>
    public sealed class SmoochLoadContext : AssemblyLoadContext
    {
        /// <summary>The assembly that holds the cmdlets.</summary>
        public const string ModuleAssemblyName = "Smooch.PowerShell";

        private static readonly object Gate = new object();
        private static SmoochLoadContext? current;

        private readonly string directory;

        private SmoochLoadContext(string directory)
            : base("Smooch", isCollectible: false)
        {
            this.directory = directory;
        }

        /// <summary>The folder the private context loads from.</summary>
        public string Directory => directory;

        /// <summary>
        /// Loads the module assembly from <paramref name="directory"/> into the one private context of
        /// this process and returns it; a second call (Import-Module -Force) returns the same assembly.
        /// </summary>
        public static Assembly LoadModule(string directory)
        {
            if (string.IsNullOrEmpty(directory))
            {
                throw new ArgumentException("The module library folder must be given.", nameof(directory));
            }

            string fullPath = Path.GetFullPath(directory);
            lock (Gate)
            {
                if (current is null)
                {
                    current = new SmoochLoadContext(fullPath);
                }
                else if (!string.Equals(current.directory, fullPath, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"The Smooch module is already loaded from '{current.directory}' in this process; start a new PowerShell session to load it from '{fullPath}'.");
                }

                return current.LoadFromAssemblyName(new AssemblyName(ModuleAssemblyName));
            }
        }

        /// <inheritdoc />
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || assemblyName.Name == typeof(SmoochLoadContext).Assembly.GetName().Name)
            {
                return null;
            }

            string candidate = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
