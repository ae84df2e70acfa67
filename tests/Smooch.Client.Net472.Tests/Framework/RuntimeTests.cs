using System.Reflection;
using System.Runtime.Versioning;

namespace Smooch.Client.Tests.Framework;

public class RuntimeTests
{
    [Fact]
    public void Client_under_test_is_its_dotnet_framework_build()
    {
        var target = typeof(SmoochSession).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETFramework,Version=v4.7.2", target?.FrameworkName);
    }
}
