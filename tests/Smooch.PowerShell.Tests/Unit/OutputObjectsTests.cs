using System.Linq;
using System.Management.Automation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Tests.Unit;

public class OutputObjectsTests
{
    [Fact]
    public void Wrapping_the_same_object_again_keeps_one_type_name()
    {
        var key = new AppKey { AppId = "5d8cff3cd55b040010928b5b", KeyId = "app_5d8cff3cd55b040010928b5c" };

        PSObject first = (PSObject)OutputObjects.Wrap(key);
        int namesAfterFirst = first.TypeNames.Count;
        PSObject last = first;
        for (int i = 0; i < 50; i++)
        {
            last = (PSObject)OutputObjects.Wrap(key);
        }

        Assert.Equal("Smooch.AppKey", last.TypeNames[0]);
        Assert.Equal(namesAfterFirst, last.TypeNames.Count);
        Assert.Single(last.TypeNames, name => name == "Smooch.AppKey");
    }
}
