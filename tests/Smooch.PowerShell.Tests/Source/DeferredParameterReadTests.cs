using System.IO;
using System.Linq;

namespace Smooch.PowerShell.Tests.Source;

public class DeferredParameterReadTests
{
    [Fact]
    public void No_cmdlet_reads_its_parameters_in_work_that_runs_after_the_next_object_is_bound()
    {
        string[] files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Smooch.PowerShell", "Commands"), "*.cs");
        Assert.NotEmpty(files);

        var reads = files.SelectMany(file => DeferredParameterReads.Find(File.ReadAllText(file))).ToList();

        Assert.True(reads.Count == 0, "Copy these parameters into locals before the lambdas:\n" + string.Join("\n", reads));
    }

    [Fact]
    public void A_deferred_read_is_found_and_a_local_copy_is_not()
    {
        const string Source = """
            public sealed class GetThingCommand : SmoochCmdlet
            {
                [Parameter(ValueFromPipelineByPropertyName = true)]
                public string OrganizationId { get; set; } = "";

                [Parameter]
                public string[] Id { get; set; } = new string[0];

                protected override void Process()
                {
                    string organization = OrganizationId;
                    Things.Write(Id.Select(id => new GetOrList<Thing>(id, name, id,
                        (literal, ct) => ActiveSession.Get(OrganizationId, literal, ct),
                        ct => ActiveSession.List(organization, ct),
                        t => t.Id, t => t.OrganizationId, ModelMap.From)).ToList());
                }
            }
            """;

        var reads = DeferredParameterReads.Find(Source);

        Assert.Equal(new[] { "GetThingCommand: OrganizationId in a deferred lambda at line 13" }, reads);
    }
}
