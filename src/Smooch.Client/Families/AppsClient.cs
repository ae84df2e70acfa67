using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Models;
using Smooch.Client.Paging;
using Smooch.Client.Validation;

namespace Smooch.Client;

/// <summary>Sunshine Conversations v2 apps and their integrations (the parents of keys), read-only.</summary>
public sealed class AppsClient
{
    /// <summary>Page size used when the caller does not choose one.</summary>
    public const int DefaultPageSize = 100;
    private readonly RequestSender _sender;

    internal AppsClient(RequestSender sender)
    {
        _sender = sender;
    }

    /// <summary>Streams every app the session's key can see.</summary>
    public IAsyncEnumerable<App> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        return ListApps(null, pageSize, cancellationToken);
    }

    /// <summary>Only the apps the v1.1 service account can access (<c>filter[serviceAccountId]</c>).</summary>
    public IAsyncEnumerable<App> ListAccessibleAsync(string serviceAccountId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        return ListApps(IdValidator.Validate(serviceAccountId, nameof(serviceAccountId)), pageSize, cancellationToken);
    }

    /// <summary>Gets one app by id.</summary>
    public Task<App> GetAsync(string appId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, AppPath(appId).ToString(), SmoochApi.Sunshine);
        return _sender.SendAsync<V2AppEnvelope, App>(request,
            (wire, response) => ToModel(JsonBody.Require(wire.App, response, "app"), response), cancellationToken);
    }

    /// <summary>Every integration of the app, of any type.</summary>
    public IAsyncEnumerable<Integration> ListIntegrationsAsync(string appId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        return ListIntegrations(appId, null, pageSize, cancellationToken);
    }

    /// <summary>The app's integrations of the given types (<c>filter[types]</c>; see <see cref="IntegrationTypes"/>).</summary>
    public IAsyncEnumerable<Integration> ListIntegrationsAsync(string appId, IReadOnlyCollection<string> types, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        return ListIntegrations(appId, IntegrationTypes.FilterValue(types, nameof(types)), pageSize, cancellationToken);
    }

    /// <summary>Gets one integration of an app by id.</summary>
    public Task<Integration> GetIntegrationAsync(string appId, string integrationId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Integrations(appId).Id(integrationId, nameof(integrationId)).ToString(), SmoochApi.Sunshine);
        return _sender.SendAsync<V2IntegrationEnvelope, Integration>(request,
            (wire, response) => ToModel(appId, JsonBody.Require(wire.Integration, response, "integration"), response), cancellationToken);
    }

    private IAsyncEnumerable<App> ListApps(string? serviceAccountId, int? pageSize, CancellationToken cancellationToken)
    {
        return Stream<V2AppList, App>(ApiPath.Root("v2/apps").ToString(), "filter[serviceAccountId]", serviceAccountId, pageSize,
            (wire, response) => JsonBody.Require(wire.Apps, response, "apps").Select(app => ToModel(app, response)),
            cancellationToken);
    }

    private IAsyncEnumerable<Integration> ListIntegrations(string appId, string? types, int? pageSize, CancellationToken cancellationToken)
    {
        return Stream<V2IntegrationList, Integration>(Integrations(appId).ToString(), "filter[types]", types, pageSize,
            (wire, response) => JsonBody.Require(wire.Integrations, response, "integrations").Select(item => ToModel(appId, item, response)),
            cancellationToken);
    }

    /// <summary>v2 cursor paging: page[size] + page[after]=meta.afterCursor while meta.hasMore; the filter (if any) on every page.</summary>
    private IAsyncEnumerable<TResult> Stream<TWire, TResult>(string path, string filterName, string? filterValue, int? pageSize, Func<TWire, ApiResponse, IEnumerable<TResult>> map, CancellationToken cancellationToken)
        where TWire : V2Page
    {
        int size = TextArgument.PageSize(pageSize, nameof(pageSize), 100) ?? DefaultPageSize;
        return PageStream.EnumerateAsync<TResult>(path, async (cursor, token) =>
        {
            var request = new ApiRequest(ApiMethod.Get, path, SmoochApi.Sunshine)
                .WithQuery(filterName, filterValue)
                .WithQuery("page[size]", size.ToString(CultureInfo.InvariantCulture))
                .WithQuery("page[after]", cursor);
            ApiResponse response = await _sender.SendAsync(request, token).ConfigureAwait(false);
            TWire wire = JsonBody.Read<TWire>(response);
            List<TResult> items = map(wire, response).ToList();
            V2Meta? info = wire.Meta;
            string? next = info?.HasMore == true ? JsonBody.RequireText(info.AfterCursor, response, "meta.afterCursor") : null;
            return new Page<TResult>(items, next);
        }, cancellationToken);
    }

    private static ApiPath AppPath(string appId) => ApiPath.Root("v2/apps").Id(appId, nameof(appId));

    private static ApiPath Integrations(string appId) => AppPath(appId).Literal("integrations");

    private static App ToModel(V2App app, ApiResponse response) =>
        new App { AppId = JsonBody.RequireText(app.Id, response, "id"), DisplayName = app.DisplayName };

    private static Integration ToModel(string appId, V2Integration item, ApiResponse response) => new Integration
    {
        AppId = appId,
        IntegrationId = JsonBody.RequireText(item.Id, response, "id"),
        Type = item.Type,
        Status = item.Status,
        DisplayName = item.DisplayName,
    };
}
