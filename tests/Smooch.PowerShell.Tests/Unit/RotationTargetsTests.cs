using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;
using Smooch.PowerShell.Rotation;

namespace Smooch.PowerShell.Tests.Unit;

/// <summary>Which kind a piped object is rotated as: decided by its type name, never by the properties it happens to have.</summary>
public class RotationTargetsTests
{
    private const string App = "5d8cff3cd55b040010928b5b";

    public static readonly TheoryData<object, string, string, SmoochApi> Kinds = new TheoryData<object, string, string, SmoochApi>
    {
        { new ServiceAccountKey { ServiceAccountId = App, KeyId = "svc_1", Name = "ci" }, "service-account key", "svc_1", SmoochApi.Sunshine },
        { new AppKey { AppId = App, KeyId = "app_1", DisplayName = "ci" }, "app key", "app_1", SmoochApi.Sunshine },
        { new IntegrationKey { AppId = App, IntegrationId = App, KeyId = "int_1", DisplayName = "ci" }, "integration key", "int_1", SmoochApi.Sunshine },
        { new OrganizationCredential { OrganizationId = "acme", ServiceAccountId = "sa", CredentialId = "cred", ClientId = "client", Name = "ci" }, "organization credential", "client", SmoochApi.Organization },
        { new RotatedAppKey { AppId = App, KeyId = "app_2", DisplayName = "ci", OldKeyId = "app_1" }, "app key", "app_2", SmoochApi.Sunshine },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_is_read_as_itself(object model, string noun, string authenticatesAs, SmoochApi api)
    {
        RotationTarget target = RotationTargets.From((PSObject)OutputObjects.Wrap(model));

        Assert.Equal(noun, target.Noun);
        Assert.Equal(authenticatesAs, target.AuthenticatesAs);
        Assert.Equal(api, target.Api);
    }

    [Fact]
    public void An_integration_key_is_never_taken_for_an_app_key_although_it_has_AppId_KeyId_and_DisplayName()
    {
        var deserialized = new PSObject();
        deserialized.TypeNames.Clear();
        deserialized.TypeNames.Add("Deserialized.Smooch.IntegrationKey");
        foreach (var (name, value) in new[] { ("AppId", App), ("IntegrationId", App), ("KeyId", "int_1"), ("DisplayName", "ci") })
        {
            deserialized.Properties.Add(new PSNoteProperty(name, value));
        }

        RotationTarget target = RotationTargets.From(deserialized);

        Assert.Equal("integration key", target.Noun);
        Assert.Contains("integration " + App, target.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_with_the_right_properties_but_no_credential_type_is_refused()
    {
        var lookalike = PSObject.AsPSObject(new { AppId = App, KeyId = "app_1", DisplayName = "ci" });

        var refused = Assert.Throws<ArgumentException>(() => RotationTargets.From(lookalike));

        Assert.Equal("InputObject", refused.ParamName);
    }

    [Fact]
    public void A_credential_without_its_name_is_refused_naming_the_property()
    {
        var refused = Assert.Throws<ArgumentException>(() => RotationTargets.From((PSObject)OutputObjects.Wrap(new AppKey { AppId = App, KeyId = "app_1" })));

        Assert.Equal("InputObject", refused.ParamName);
        Assert.Contains("DisplayName", refused.Message, StringComparison.Ordinal);
    }
}
