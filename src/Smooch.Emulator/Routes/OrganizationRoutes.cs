using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>
/// Organization service accounts and their credentials (organization-service-accounts.md).
/// Create 200, delete 204, update PATCH 200 (all proposed). Bearer tokens work only for their own organization.
/// </summary>
internal static class OrganizationRoutes
{
    private const string ServiceAccounts = "/organizations/{organizationId}/service-accounts";
    private const string ServiceAccount = ServiceAccounts + "/{serviceAccountId}";
    private const string Credentials = ServiceAccount + "/credentials";
    private const string Credential = Credentials + "/{credentialId}";

    public static void Map(ApiEndpoints organizationApi)
    {
        organizationApi.Get(ServiceAccounts, ListServiceAccounts);
        organizationApi.Post(ServiceAccounts, CreateServiceAccount);
        organizationApi.Get(ServiceAccount, GetServiceAccount);
        organizationApi.Patch(ServiceAccount, UpdateServiceAccount);
        organizationApi.Delete(ServiceAccount, DeleteServiceAccount);
        organizationApi.Get(Credentials, ListCredentials);
        organizationApi.Post(Credentials, CreateCredential);
        organizationApi.Get(Credential, GetCredential);
        organizationApi.Patch(Credential, UpdateCredential);
        organizationApi.Delete(Credential, DeleteCredential);
    }

    // ---- service accounts ----

    private static Task ListServiceAccounts(ApiCall call) =>
        WriteList(call, () => FindOrganization(call).ServiceAccounts, OrganizationWire.ServiceAccount);

    private static async Task CreateServiceAccount(ApiCall call)
    {
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            Organization org = FindOrganization(call);
            (string name, string? description) = ReadNew(request);
            OrgServiceAccount sa = call.Store.AddOrgServiceAccount(org, name, description);
            body = JsonResponse.Build(w => OrganizationWire.ServiceAccount(w, sa, permissions: false));
        }
        await JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task GetServiceAccount(ApiCall call) =>
        WriteItem(call, () => FindServiceAccount(call, out _), OrganizationWire.ServiceAccount);

    private static async Task UpdateServiceAccount(ApiCall call)
    {
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            OrgServiceAccount sa = FindServiceAccount(call, out _);
            ApplyPatch(call, request, sa);
            sa.UpdatedAt = call.Store.Now;
            body = JsonResponse.Build(w => OrganizationWire.ServiceAccount(w, sa, permissions: false));
        }
        await JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task DeleteServiceAccount(ApiCall call)
    {
        lock (call.Store.Gate)
        {
            OrgServiceAccount sa = FindServiceAccount(call, out Organization org);
            call.Store.RemoveOrgServiceAccount(org, sa);
        }
        return JsonResponse.WriteNoContent(call.Http);
    }

    // ---- credentials ----

    private static Task ListCredentials(ApiCall call) =>
        WriteList(call, () => FindServiceAccount(call, out _).Credentials, OrganizationWire.Credential);

    private static async Task CreateCredential(ApiCall call)
    {
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            OrgServiceAccount sa = FindServiceAccount(call, out _);
            (string name, string? description) = ReadNew(request);
            OrgCredential credential = call.Store.AddCredential(sa, name, description);
            body = JsonResponse.Build(w => OrganizationWire.CreatedCredential(w, credential));
        }
        await JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task GetCredential(ApiCall call) =>
        WriteItem(call, () => FindCredential(call, out _), OrganizationWire.Credential);

    private static async Task UpdateCredential(ApiCall call)
    {
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            OrgCredential credential = FindCredential(call, out _);
            ApplyPatch(call, request, credential);
            body = JsonResponse.Build(w => OrganizationWire.Credential(w, credential, permissions: false));
        }
        await JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task DeleteCredential(ApiCall call)
    {
        lock (call.Store.Gate)
        {
            OrgCredential credential = FindCredential(call, out OrgServiceAccount sa);
            call.Store.RemoveCredential(sa, credential);
        }
        return JsonResponse.WriteNoContent(call.Http);
    }

    // ---- shared ----

    private static Organization FindOrganization(ApiCall call) =>
        OrganizationAuthenticator.AuthorizeOrganization(call.Token, call.Store, OrganizationQuery.PathId(call, "organizationId"));

    private static OrgServiceAccount FindServiceAccount(ApiCall call, out Organization org)
    {
        org = FindOrganization(call);
        return org.ServiceAccounts.Find(OrganizationQuery.PathId(call, "serviceAccountId")) ?? throw new ApiException(StandardError.NotFound);
    }

    private static OrgCredential FindCredential(ApiCall call, out OrgServiceAccount sa)
    {
        sa = FindServiceAccount(call, out _);
        return sa.Credentials.Find(OrganizationQuery.PathId(call, "credentialId")) ?? throw new ApiException(StandardError.NotFound);
    }

    private static (string Name, string? Description) ReadNew(JsonElement request) =>
        (JsonFields.RequiredString(request, "name", Limits.OrganizationName),
         JsonFields.OptionalString(request, "description", Limits.OrganizationDescription, allowEmpty: true).Value);

    /// <summary>PATCH: absent leaves a field unchanged; description null clears it; name may not be null or empty.</summary>
    private static void ApplyPatch(ApiCall call, JsonElement request, IOrganizationNamed target)
    {
        (bool namePresent, string? name) = JsonFields.OptionalString(request, "name", Limits.OrganizationName, allowEmpty: false);
        if (namePresent && name is null)
        {
            throw ApiException.BadRequest("'name' must be a string");
        }

        if (name is not null && name.Trim().Length == 0)
        {
            throw ApiException.BadRequest("'name' must not be empty");
        }

        (bool descriptionGiven, string? description) = JsonFields.OptionalString(request, "description", Limits.OrganizationDescription, allowEmpty: true);
        if (name is not null)
        {
            target.Name = name;
        }

        if (descriptionGiven)
        {
            target.Description = description;
        }

        call.Store.MarkChanged();
    }

    /// <summary>GET of one item, with expand=permissions; <paramref name="findUnderLock"/> authorizes and resolves it.</summary>
    private static Task WriteItem<T>(ApiCall call, Func<T> findUnderLock, Action<Utf8JsonWriter, T, bool> writeItem)
    {
        bool permissions = OrganizationQuery.ExpandsPermissions(call);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            T item = findUnderLock();
            body = JsonResponse.Build(w => writeItem(w, item, permissions));
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    /// <summary>GET of a cursor-paged list, with expand=permissions; <paramref name="findUnderLock"/> authorizes and resolves the table.</summary>
    private static Task WriteList<T>(ApiCall call, Func<OrderedTable<T>> findUnderLock, Action<Utf8JsonWriter, T, bool> writeItem)
        where T : class, IHasId
    {
        bool permissions = OrganizationQuery.ExpandsPermissions(call);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            List<T> page = OrganizationQuery.Page(call, findUnderLock(), out bool hasNext, out bool hasPrevious);
            body = JsonBodies.List("items", page, (w, item) => writeItem(w, item, permissions), w =>
            {
                OrganizationQuery.WritePageInfo(w, page, hasNext, hasPrevious);
                if (permissions)
                {
                    OrganizationQuery.WritePermissions(w);
                }
            });
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }
}
