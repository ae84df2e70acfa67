namespace RestSharp;

/// <summary>Stand-in with the real library's name and none of its members.</summary>
public sealed class RestClient
{
    public string Owner => "another module";
}
