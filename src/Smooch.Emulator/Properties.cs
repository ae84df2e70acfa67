using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Smooch.Emulator.Tests")]
