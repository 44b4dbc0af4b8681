using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.Randomness;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Which variant of a fault an event carries: the targeted one the plan chose, or one derived from the seed when sprayed.</summary>
public static class FaultVariants
{
    /// <summary>The number of ATTMAIL combinations: five headers, eight spellings, three letter cases.</summary>
    public const int AttmailCombinations = 5 * 8 * 3;

    /// <summary>The variant of <paramref name="fault"/> in event <paramref name="e"/>, in [0, <paramref name="count"/>).</summary>
    public static int Of(int seed, MailPlan plan, int e, FaultDescriptor fault, int count) =>
        Of(seed, e, fault, count, plan.TargetVariant(e, fault));

    /// <summary>The variant of <paramref name="fault"/> in event <paramref name="e"/>: <paramref name="targeted"/> when the plan chose one, else derived from the seed.</summary>
    public static int Of(int seed, int e, FaultDescriptor fault, int count, int? targeted) =>
        targeted is { } v ? v % count : (int)((uint)SeedMixer.Derive(seed, SeedStream.Variant, e, fault.Bit) % (uint)count);

    /// <summary>The header, spelling and letter case of ATTMAIL combination <paramref name="variant"/> (header-major order).</summary>
    public static (AddressSlot Slot, AttmailForm Form, TextCase Case) Attmail(int variant) =>
        ((AddressSlot)(variant / 24), (AttmailForm)(variant / 3 % 8), (TextCase)(variant % 3));

    /// <summary>The ATTMAIL header of event <paramref name="e"/> when it carries attmail-address.</summary>
    public static AddressSlot AttmailSlot(int seed, MailPlan plan, int e) =>
        Attmail(Of(seed, plan, e, FaultCatalog.Get(FaultIds.AttmailAddress), AttmailCombinations)).Slot;
}
