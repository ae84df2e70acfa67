using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.EmulatorApi;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Support;

/// <summary>
/// The net10.0 tests' fixture, same members, over the run's one emulator process instead of an in-process one;
/// tests call Fresh() first.
/// </summary>
public sealed partial class EmulatorFixture
{
    public const string OrganizationId = EmulatorProcess.OrganizationId;

    public EmulatorProcess Emulator => SharedEmulator.Instance;

    public RemoteEmulatorControl Control => Emulator.Control;

    public SeededApp App => Emulator.Apps[0];

    public SeededOrganization Organization => Emulator.Organizations[0];
}
