using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families
{
    public class AppsTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture _fixture;

        public AppsTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
            _fixture.Fresh();
        }

        [Fact]
        public async Task Apps_stream_across_pages_in_creation_order()
        {
            var seeded = _fixture.Control.SeedApps(5, 0);
            using SmoochSession session = _fixture.Sunshine();

            var apps = await session.Apps.ListAsync(pageSize: 2).ToListAsync();

            Assert.Equal(new[] { _fixture.App.AppId }.Concat(seeded.Select(a => a.AppId)), apps.Select(a => a.AppId));
            Assert.Equal(3, _fixture.Count("GET", "/v2/apps"));
        }

        [Fact]
        public async Task Integrations_of_an_app_carry_app_id_and_type()
        {
            using SmoochSession session = _fixture.Sunshine();

            var integrations = await session.Apps.ListIntegrationsAsync(_fixture.App.AppId).ToListAsync();

            Assert.Contains(integrations, i => i.IntegrationId == _fixture.App.CustomIntegrationIds[0] && i.Type == "custom" && i.AppId == _fixture.App.AppId);
            Assert.Contains(integrations, i => i.IntegrationId == _fixture.App.NonCustomIntegrationId && i.Type != "custom");
        }
    }
}
