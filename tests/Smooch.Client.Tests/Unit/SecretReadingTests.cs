using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Smooch.Client.Authentication;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Models;

namespace Smooch.Client.Tests.Unit;

/// <summary>Secrets in responses go from the body bytes into a SecureString, and the body is wiped afterwards.</summary>
public class SecretReadingTests
{
    private sealed class Holder
    {
        [JsonPropertyName("secret")]
        [JsonConverter(typeof(SecureStringConverter))]
        public System.Security.SecureString? Secret { get; set; }
    }

    [Theory]
    [InlineData("\"plain-secret_123\"", "plain-secret_123")]
    [InlineData("\"caf\\u00e9 \\\"quoted\\\" back\\\\slash \\/ tab\\t\"", "café \"quoted\" back\\slash / tab\t")]
    [InlineData("\"\\ud83d\\udd11 key\"", "\U0001F511 key")]
    [InlineData("\"\"", "")]
    public void Converter_reads_the_unescaped_string_into_a_read_only_secure_string(string json, string expected)
    {
        Holder holder = JsonSerializer.Deserialize<Holder>("{\"secret\":" + json + "}", JsonBody.Options)!;

        Assert.NotNull(holder.Secret);
        Assert.True(holder.Secret!.IsReadOnly());
        Assert.Equal(expected, SecureStringText.ToPlainText(holder.Secret));
    }

    [Fact]
    public void Converter_leaves_a_json_null_as_null()
    {
        Assert.Null(JsonSerializer.Deserialize<Holder>("{\"secret\":null}", JsonBody.Options)!.Secret);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{\"x\":1}")]
    [InlineData("[\"a\"]")]
    public void Converter_refuses_a_value_that_is_not_a_string(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder>("{\"secret\":" + json + "}", JsonBody.Options));
    }

    [Fact]
    public void Converter_never_writes_a_secret()
    {
        var holder = new Holder { Secret = Secrets.Secure("s") };

        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(holder, JsonBody.Options));
    }

    [Fact]
    public void Created_key_body_is_wiped_once_the_secret_is_read()
    {
        ApiResponse response = Response("{\"key\":{\"id\":\"app_1\",\"displayName\":\"k\",\"secret\":\"" + Secrets.Sample + "\"}}");

        CreatedAppKey created = ReadKey(response);

        Assert.False(created.ResponseIncomplete);
        Assert.Equal(Secrets.Sample, SecureStringText.ToPlainText(created.Secret));
        Assert.All(response.Body, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Salvaged_key_body_is_wiped_too()
    {
        string whole = "{\"key\":{\"id\":\"app_1\",\"secret\":\"" + Secrets.Sample + "\",\"displayName\":\"k\"}}";
        ApiResponse response = Response(whole.Substring(0, whole.IndexOf("displayName", StringComparison.Ordinal)), incomplete: true);

        CreatedAppKey created = ReadKey(response);

        Assert.True(created.ResponseIncomplete);
        Assert.Equal(Secrets.Sample, SecureStringText.ToPlainText(created.Secret));
        Assert.All(response.Body, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Token_body_is_wiped_once_the_token_is_read()
    {
        ApiResponse response = Response("{\"access_token\":\"tok\\u0065n-1\",\"token_type\":\"Bearer\",\"expires_in\":60}");

        TokenGrant grant = TokenResponseReader.Read(response);

        Assert.Equal("token-1", SecureStringText.ToPlainText(grant.AccessToken));
        Assert.Equal(TimeSpan.FromSeconds(60), grant.Lifetime);
        Assert.All(response.Body, b => Assert.Equal(0, b));
    }

    [Theory]
    [InlineData("{\"token_type\":\"Bearer\"}")]
    [InlineData("{\"access_token\":\"\",\"token_type\":\"Bearer\"}")]
    [InlineData("{\"access_token\":7,\"token_type\":\"Bearer\"}")]
    public void Token_response_without_a_usable_token_is_malformed(string body)
    {
        var error = Assert.Throws<SmoochApiException>(() => TokenResponseReader.Read(Response(body)));

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
    }

    private static CreatedAppKey ReadKey(ApiResponse response) =>
        CreatedResponse.ReadKey<KeyEnvelope<V2CreatedKey>, CreatedAppKey>(response, wire => wire.Key?.Fields, "id", "displayName", "secret",
            (id, name, secret, incomplete) => new CreatedAppKey { AppId = "a", KeyId = id, DisplayName = name, Secret = secret, ResponseIncomplete = incomplete });

    private static ApiResponse Response(string body, bool incomplete = false) =>
        new ApiResponse(new ApiRequest(ApiMethod.Post, "/v2/apps/a/keys", SmoochApi.Sunshine), 201, Encoding.UTF8.GetBytes(body), null, incomplete);
}
