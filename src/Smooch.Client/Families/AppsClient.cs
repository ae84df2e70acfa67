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

namespace Smooch.Client
{
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

        /// <summary>Streams every app the credentials can see, one cursor page at a time.</summary>
        public IAsyncEnumerable<App> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
        {
            string path = ApiPath.Root("v2/apps").ToString();
            return Stream<V2AppList, App>(path, pageSize,
                (wire, response) => JsonBody.Require(wire.Apps, response, "apps")
                    .Select(app => new App { AppId = JsonBody.RequireText(app.Id, response, "id"), DisplayName = app.DisplayName }),
                cancellationToken);
        }

        /// <summary>Streams an app's integrations, one cursor page at a time.</summary>
        public IAsyncEnumerable<Integration> ListIntegrationsAsync(string appId, int? pageSize = null, CancellationToken cancellationToken = default)
        {
            string path = ApiPath.Root("v2/apps").Id(appId, nameof(appId)).Literal("integrations").ToString();
            return Stream<V2IntegrationList, Integration>(path, pageSize,
                (wire, response) => JsonBody.Require(wire.Integrations, response, "integrations")
                    .Select(item => new Integration { AppId = appId, IntegrationId = JsonBody.RequireText(item.Id, response, "id"), Type = item.Type, DisplayName = item.DisplayName }),
                cancellationToken);
        }

        /// <summary>v2 cursor paging: page[size] + page[after]=meta.afterCursor while meta.hasMore.</summary>
        private IAsyncEnumerable<TResult> Stream<TWire, TResult>(string path, int? pageSize, Func<TWire, ApiResponse, IEnumerable<TResult>> map, CancellationToken cancellationToken)
            where TWire : V2Page
        {
            int size = TextArgument.PageSize(pageSize, nameof(pageSize), 100) ?? DefaultPageSize;
            return PageStream.EnumerateAsync<TResult>(path, async (cursor, token) =>
            {
                var request = new ApiRequest(ApiMethod.Get, path, SmoochApi.Sunshine)
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
    }
}
