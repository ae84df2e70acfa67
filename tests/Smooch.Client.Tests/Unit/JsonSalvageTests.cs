using System.Text;
using Smooch.Client.Json;

namespace Smooch.Client.Tests.Unit;

public class JsonSalvageTests
{
    [Fact]
    public void Truncated_body_still_yields_the_fields_before_the_cut()
    {
        string full = "{\"key\":{\"id\":\"app_1\",\"secret\":\"s3cr3t\",\"displayName\":\"My key\"}}";
        var values = JsonSalvage.ReadStrings(Encoding.UTF8.GetBytes(full.Substring(0, full.IndexOf("displayName") + 5)));

        Assert.Equal("app_1", values["id"]);
        Assert.Equal("s3cr3t", values["secret"]);
        Assert.False(values.ContainsKey("displayName"));
    }

    [Fact]
    public void Syntax_error_keeps_what_came_before_it()
    {
        var values = JsonSalvage.ReadStrings(Encoding.UTF8.GetBytes("{\"client_secret\":\"abc\",\"id\": nonsense}"));

        Assert.Equal("abc", values["client_secret"]);
        Assert.False(values.ContainsKey("id"));
    }

    [Fact]
    public void Garbage_yields_nothing()
    {
        Assert.Empty(JsonSalvage.ReadStrings(Encoding.UTF8.GetBytes("<html>oops</html>")));
    }
}
