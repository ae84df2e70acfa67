using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Models;
using Smooch.Client.Paging;
using Smooch.Client.Validation;

namespace Smooch.Client;

/// <summary>Organization service accounts and their credentials: /organizations/{organizationId}/service-accounts.</summary>
public sealed class OrganizationClient
{
    /// <summary>Page size used when the caller does not choose one (the API's maximum).</summary>
    public const int DefaultPageSize = 100;

    private readonly RequestSender _sender;

    internal OrganizationClient(RequestSender sender)
    {
        _sender = sender;
    }

    // ---- service accounts ----

    /// <summary>Streams the organization's service accounts, one page at a time, fetching the next page only when needed.</summary>
    public IAsyncEnumerable<OrganizationServiceAccount> ListServiceAccountsAsync(string organizationId, bool expandPermissions = false, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        string path = Accounts(organizationId).ToString();
        return Stream<OrgServiceAccount, OrganizationServiceAccount>(path, expandPermissions, pageSize, (item, response) => ToModel(organizationId, item, response), cancellationToken);
    }

    /// <summary>Gets one service account, with its permissions when <paramref name="expandPermissions"/> is set.</summary>
    public Task<OrganizationServiceAccount> GetServiceAccountAsync(string organizationId, string serviceAccountId, bool expandPermissions = false, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Account(organizationId, serviceAccountId).ToString(), SmoochApi.Organization)
            .WithQuery("expand", Expand(expandPermissions));
        return SendAccountAsync(organizationId, request, cancellationToken);
    }

    /// <summary>Creates a service account; never sent twice, even when its response is lost.</summary>
    public Task<OrganizationServiceAccount> CreateServiceAccountAsync(string organizationId, string name, string? description = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Post, Accounts(organizationId).ToString(), SmoochApi.Organization)
            .Creates("organization service account", "id")
            .WithJson(Body(TextArgument.Required(name, nameof(name), TextLimits.OrganizationName), description));
        return SendAccountAsync(organizationId, request, cancellationToken);
    }

    /// <summary>Changes the name and/or description; a null argument leaves that field unchanged.</summary>
    public Task<OrganizationServiceAccount> UpdateServiceAccountAsync(string organizationId, string serviceAccountId, string? name = null, string? description = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Patch, Account(organizationId, serviceAccountId).ToString(), SmoochApi.Organization)
            .WithJson(Body(name == null ? null : TextArgument.Required(name, nameof(name), TextLimits.OrganizationName), description));
        return SendAccountAsync(organizationId, request, cancellationToken);
    }

    /// <summary>Deletes an organization service account.</summary>
    public Task DeleteServiceAccountAsync(string organizationId, string serviceAccountId, CancellationToken cancellationToken = default)
    {
        return _sender.SendIgnoringBodyAsync(new ApiRequest(ApiMethod.Delete, Account(organizationId, serviceAccountId).ToString(), SmoochApi.Organization), cancellationToken);
    }

    // ---- credentials ----

    /// <summary>Streams a service account's credentials (never their secrets), one page at a time.</summary>
    public IAsyncEnumerable<OrganizationCredential> ListCredentialsAsync(string organizationId, string serviceAccountId, bool expandPermissions = false, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        string path = Credentials(organizationId, serviceAccountId).ToString();
        return Stream<OrgCredential, OrganizationCredential>(path, expandPermissions, pageSize,
            (item, response) => Fill(new OrganizationCredential(), organizationId, serviceAccountId, item, response), cancellationToken);
    }

    /// <summary>Gets one credential (never its secret), with its permissions when <paramref name="expandPermissions"/> is set.</summary>
    public Task<OrganizationCredential> GetCredentialAsync(string organizationId, string serviceAccountId, string credentialId, bool expandPermissions = false, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Credential(organizationId, serviceAccountId, credentialId).ToString(), SmoochApi.Organization)
            .WithQuery("expand", Expand(expandPermissions));
        return SendCredentialAsync(organizationId, serviceAccountId, request, cancellationToken);
    }

    /// <summary>Creates a credential; the result is the only time its client secret is available.</summary>
    public async Task<CreatedOrganizationCredential> CreateCredentialAsync(string organizationId, string serviceAccountId, string name, string? description = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Post, Credentials(organizationId, serviceAccountId).ToString(), SmoochApi.Organization)
            .Creates("organization credential", "id")
            .WithJson(Body(TextArgument.Required(name, nameof(name), TextLimits.OrganizationName), description));
        ApiResponse response = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return CreatedResponse.Read<OrgCredential, CreatedOrganizationCredential>(response,
            wire => wire.ClientSecret == null || string.IsNullOrEmpty(wire.Id) || string.IsNullOrEmpty(wire.ClientId)
                ? null
                : WithSecret(Fill(new CreatedOrganizationCredential(), organizationId, serviceAccountId, wire, response), wire.ClientSecret, incomplete: false),
            salvage => CreatedResponse.Text(salvage, "client_secret") is string secret
                ? WithSecret(new CreatedOrganizationCredential
                {
                    OrganizationId = organizationId,
                    ServiceAccountId = serviceAccountId,
                    CredentialId = CreatedResponse.Text(salvage, "id") ?? string.Empty,
                    ClientId = CreatedResponse.Text(salvage, "client_id") ?? string.Empty,
                    Name = CreatedResponse.Text(salvage, "name") ?? string.Empty,
                    Description = CreatedResponse.Text(salvage, "description"),
                }, SecureStringText.FromString(secret), incomplete: true)
                : null);
    }

    /// <summary>Changes the name and/or description; a null argument leaves that field unchanged.</summary>
    public Task<OrganizationCredential> UpdateCredentialAsync(string organizationId, string serviceAccountId, string credentialId, string? name = null, string? description = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Patch, Credential(organizationId, serviceAccountId, credentialId).ToString(), SmoochApi.Organization)
            .WithJson(Body(name == null ? null : TextArgument.Required(name, nameof(name), TextLimits.OrganizationName), description));
        return SendCredentialAsync(organizationId, serviceAccountId, request, cancellationToken);
    }

    /// <summary>Deletes a credential of a service account.</summary>
    public Task DeleteCredentialAsync(string organizationId, string serviceAccountId, string credentialId, CancellationToken cancellationToken = default)
    {
        return _sender.SendIgnoringBodyAsync(new ApiRequest(ApiMethod.Delete, Credential(organizationId, serviceAccountId, credentialId).ToString(), SmoochApi.Organization), cancellationToken);
    }

    // ---- shared ----

    /// <summary>Cursor paging: limit + after=end_cursor while page_info.has_next_page.</summary>
    private IAsyncEnumerable<TResult> Stream<TWire, TResult>(string path, bool expandPermissions, int? pageSize, System.Func<TWire, ApiResponse, TResult> map, CancellationToken cancellationToken)
    {
        int limit = TextArgument.PageSize(pageSize, nameof(pageSize), 100) ?? DefaultPageSize;
        return PageStream.EnumerateAsync<TResult>(path, async (cursor, token) =>
        {
            var request = new ApiRequest(ApiMethod.Get, path, SmoochApi.Organization)
                .WithQuery("limit", limit.ToString(CultureInfo.InvariantCulture))
                .WithQuery("after", cursor)
                .WithQuery("expand", Expand(expandPermissions));
            ApiResponse response = await _sender.SendAsync(request, token).ConfigureAwait(false);
            OrgList<TWire> wire = JsonBody.Read<OrgList<TWire>>(response);
            List<TResult> items = JsonBody.Require(wire.Items, response, "items").Select(item => map(item, response)).ToList();
            OrgPageInfo? info = wire.PageInfo;
            string? next = info?.HasNextPage == true ? JsonBody.RequireText(info.EndCursor, response, "page_info.end_cursor") : null;
            return new Page<TResult>(items, next);
        }, cancellationToken);
    }

    private Task<OrganizationServiceAccount> SendAccountAsync(string organizationId, ApiRequest request, CancellationToken cancellationToken)
    {
        return _sender.SendAsync<OrgServiceAccount, OrganizationServiceAccount>(request, (wire, response) => ToModel(organizationId, wire, response), cancellationToken);
    }

    private Task<OrganizationCredential> SendCredentialAsync(string organizationId, string serviceAccountId, ApiRequest request, CancellationToken cancellationToken)
    {
        return _sender.SendAsync<OrgCredential, OrganizationCredential>(request,
            (wire, response) => Fill(new OrganizationCredential(), organizationId, serviceAccountId, wire, response), cancellationToken);
    }

    private static string? Expand(bool expandPermissions)
    {
        return expandPermissions ? "permissions" : null;
    }

    private static OrgWriteBody Body(string? name, string? description)
    {
        return new OrgWriteBody { Name = name, Description = TextArgument.Optional(description, nameof(description), TextLimits.Description) };
    }

    private static ApiPath Accounts(string organizationId)
    {
        return ApiPath.Root("organizations").Id(organizationId, nameof(organizationId)).Literal("service-accounts");
    }

    private static ApiPath Account(string organizationId, string serviceAccountId)
    {
        return Accounts(organizationId).Id(serviceAccountId, nameof(serviceAccountId));
    }

    private static ApiPath Credentials(string organizationId, string serviceAccountId)
    {
        return Account(organizationId, serviceAccountId).Literal("credentials");
    }

    private static ApiPath Credential(string organizationId, string serviceAccountId, string credentialId)
    {
        return Credentials(organizationId, serviceAccountId).Id(credentialId, nameof(credentialId));
    }

    private static OrganizationServiceAccount ToModel(string organizationId, OrgServiceAccount wire, ApiResponse response)
    {
        return new OrganizationServiceAccount
        {
            OrganizationId = organizationId,
            ServiceAccountId = JsonBody.RequireText(wire.Id, response, "id"),
            Name = wire.Name ?? string.Empty,
            Description = wire.Description,
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
            Permissions = ToPermissions(wire.Permissions),
        };
    }

    private static T Fill<T>(T model, string organizationId, string serviceAccountId, OrgCredential wire, ApiResponse response)
        where T : OrganizationCredential
    {
        model.OrganizationId = organizationId;
        model.ServiceAccountId = serviceAccountId;
        model.CredentialId = JsonBody.RequireText(wire.Id, response, "id");
        model.ClientId = wire.ClientId ?? string.Empty;
        model.Name = wire.Name ?? string.Empty;
        model.Description = wire.Description;
        model.CreatedAt = wire.CreatedAt;
        model.LastUsedAt = wire.LastUsedAt;
        model.Permissions = ToPermissions(wire.Permissions);
        return model;
    }

    private static CreatedOrganizationCredential WithSecret(CreatedOrganizationCredential model, SecureString secret, bool incomplete)
    {
        model.ClientSecret = secret;
        model.ResponseIncomplete = incomplete;
        return model;
    }

    /// <summary>Resource type -> permission -> granted; entries of any other shape are ignored like unknown fields.</summary>
    private static Permissions? ToPermissions(JsonElement? wire)
    {
        if (wire == null || wire.Value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var permissions = new Permissions();
        foreach (JsonProperty resource in wire.Value.EnumerateObject())
        {
            if (resource.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            var granted = new Dictionary<string, bool>(System.StringComparer.Ordinal);
            foreach (JsonProperty permission in resource.Value.EnumerateObject())
            {
                if (permission.Value.ValueKind == JsonValueKind.True || permission.Value.ValueKind == JsonValueKind.False)
                {
                    granted[permission.Name] = permission.Value.GetBoolean();
                }
            }
            if (granted.Count > 0)
            {
                permissions[resource.Name] = granted;
            }
        }
        return permissions;
    }
}
