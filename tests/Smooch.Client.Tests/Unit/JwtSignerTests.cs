using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Smooch.Client.Authentication;

namespace Smooch.Client.Tests.Unit;

public class JwtSignerTests
{
    private const string KeyId = "act_5963ceb97cde542d000dbdb1";

    [Fact]
    public async Task Token_validates_with_an_independent_implementation_and_carries_the_scope_and_kid()
    {
        string token = JwtSigner.Sign(KeyId, Secrets.Secure(Secrets.Sample), JwtScope.Account);

        TokenValidationResult result = await Validate(token, Secrets.Sample, validateLifetime: false);

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.Equal(KeyId, jwt.Kid);
        Assert.Equal("account", jwt.GetClaim("scope").Value);
    }

    [Fact]
    public async Task Token_signed_with_another_secret_does_not_validate()
    {
        string token = JwtSigner.Sign(KeyId, Secrets.Secure(Secrets.Sample), JwtScope.Account);

        TokenValidationResult result = await Validate(token, Secrets.Sample.Replace('2', '3'), validateLifetime: false);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Header_has_exactly_alg_typ_kid_in_the_documented_order_and_payload_only_scope()
    {
        string token = JwtSigner.Sign("app_67a0e949f0305f4a391e9d97", Secrets.Secure(Secrets.Sample), JwtScope.App);
        string[] parts = token.Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"app_67a0e949f0305f4a391e9d97\"}", DecodeSegment(parts[0]));
        Assert.Equal("{\"scope\":\"app\"}", DecodeSegment(parts[1]));
        Assert.DoesNotContain("=", token);
        Assert.DoesNotContain("+", token);
        Assert.DoesNotContain("/", token);
    }

    [Fact]
    public async Task Expiry_becomes_exp_claim_and_an_expired_token_is_refused_by_the_validator()
    {
        DateTimeOffset expires = DateTimeOffset.UtcNow.AddMinutes(-10);
        string token = JwtSigner.Sign(KeyId, Secrets.Secure(Secrets.Sample), JwtScope.Account, expires);

        using JsonDocument payload = JsonDocument.Parse(DecodeSegment(token.Split('.')[1]));
        Assert.Equal(expires.ToUnixTimeSeconds(), payload.RootElement.GetProperty("exp").GetInt64());
        TokenValidationResult result = await Validate(token, Secrets.Sample, validateLifetime: true);
        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public void Known_vector_matches_hmac_over_header_and_payload()
    {
        string token = JwtSigner.Sign("act_x", Secrets.Secure("secret"), JwtScope.Account);
        string signingInput = token.Substring(0, token.LastIndexOf('.'));
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("secret"));
        string expected = Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.ASCII.GetBytes(signingInput)));

        Assert.Equal(expected, token.Substring(token.LastIndexOf('.') + 1));
    }

    [Theory]
    [InlineData("act_5963ceb97cde542d000dbdb1", JwtScope.Account)]
    [InlineData("svc_5963ceb97cde542d000dbdb1", JwtScope.Account)]
    [InlineData("app_5963ceb97cde542d000dbdb1", JwtScope.App)]
    public void Scope_is_inferred_from_the_key_prefix(string keyId, JwtScope expected)
    {
        Assert.Equal(expected, JwtSigner.InferScope(keyId));
    }

    [Theory]
    [InlineData("int_5963ceb97cde542d000dbdb1")]
    [InlineData("5963ceb97cde542d000dbdb1")]
    public void Scope_cannot_be_inferred_for_other_keys(string keyId)
    {
        var error = Assert.Throws<ArgumentException>(() => JwtSigner.InferScope(keyId));
        Assert.Equal("keyId", error.ParamName);
    }

    [Fact]
    public void Empty_secret_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => JwtSigner.Sign(KeyId, new System.Security.SecureString(), JwtScope.Account));
        Assert.Equal("secret", error.ParamName);
    }

    private static Task<TokenValidationResult> Validate(string token, string secret, bool validateLifetime)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = validateLifetime,
            RequireExpirationTime = false,
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
        };
        return new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
    }

    private static string DecodeSegment(string segment)
    {
        return Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(segment));
    }
}
