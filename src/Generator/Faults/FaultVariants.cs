using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Which variant of a fault an event carries: the targeted one the plan chose, or one derived from the seed when sprayed.</summary>
public static class FaultVariants
{
    /// <summary>The variant of <paramref name="fault"/> in event <paramref name="e"/>, in [0, <paramref name="count"/>).</summary>
    public static int Of(int seed, MailPlan plan, int e, FaultDescriptor fault, int count) =>
        Of(seed, e, fault, count, plan.TargetVariant(e, fault));

    /// <summary>The variant of <paramref name="fault"/> in event <paramref name="e"/>: <paramref name="targeted"/> when the plan chose one, else derived from the seed.</summary>
    public static int Of(int seed, int e, FaultDescriptor fault, int count, int? targeted) =>
        targeted is { } v ? v % count : (int)((uint)SeedMixer.Derive(seed, SeedStream.Variant, e, fault.Bit) % (uint)count);
}
