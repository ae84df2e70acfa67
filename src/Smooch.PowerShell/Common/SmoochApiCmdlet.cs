using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common
{
    /// <summary>A cmdlet that calls one of the two APIs: takes -Session, else uses the runspace's default session of that API.</summary>
    public abstract class SmoochApiCmdlet : SmoochCmdlet
    {
        private Session? resolved;

        /// <summary>The session to use instead of the default one of this cmdlet's API (from Connect-Smooch -PassThru).</summary>
        [Parameter]
        [ValidateNotNull]
        public Session? Session { get; set; }

        internal abstract SmoochApi RequiredApi { get; }

        internal SmoochSession Client => (resolved ?? throw new System.InvalidOperationException("The session is resolved in BeginProcessing.")).Client;

        internal override void Begin()
        {
            resolved = SessionResolver.Resolve(Session, SessionRegistry.Get(RequiredApi), RequiredApi, MyInvocation.MyCommand.Name);
        }

        protected override void ProcessRecord()
        {
            // The organization API cannot list organizations: -OrganizationId completes with the ones any
            // organization cmdlet was given in this process (bound by name or from the pipeline).
            if (RequiredApi == SmoochApi.Organization && MyInvocation.BoundParameters.TryGetValue("OrganizationId", out object? organizationId) && organizationId is string organization)
            {
                OrganizationIdCompleter.Remember(organization);
            }

            base.ProcessRecord();
        }
    }

    /// <summary>A cmdlet of the Sunshine Conversations API (v1.1 service accounts, v2 app and integration keys).</summary>
    public abstract class SunshineCmdlet : SmoochApiCmdlet
    {
        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;
    }

    /// <summary>A cmdlet of the organization API (organization service accounts and credentials).</summary>
    public abstract class OrganizationCmdlet : SmoochApiCmdlet
    {
        internal override SmoochApi RequiredApi => SmoochApi.Organization;
    }
}
