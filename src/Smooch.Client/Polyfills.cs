#if NETFRAMEWORK
// Compiler-required types that .NET Framework 4.7.2 lacks; the C# compiler only needs them to exist.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
#endif
