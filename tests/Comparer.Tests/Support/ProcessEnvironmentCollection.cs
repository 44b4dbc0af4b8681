namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Tests that change process environment variables run in this collection, alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
