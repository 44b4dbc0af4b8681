using System.Numerics;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>A set of catalog faults as a 64-bit mask, so a plan of a million events stays a few megabytes.</summary>
/// <param name="Bits">The mask; bit n is the fault whose <see cref="FaultDescriptor.Bit"/> is n.</param>
public readonly record struct FaultSet(ulong Bits)
{
    /// <summary>The empty set.</summary>
    public static FaultSet None => default;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>How many faults the set holds.</summary>
    public int Count => BitOperations.PopCount(Bits);

    /// <summary>Whether the set holds <paramref name="fault"/>.</summary>
    public bool Contains(FaultDescriptor fault) => (Bits & (1UL << fault.Bit)) != 0;

    /// <summary>Whether the set holds the fault with catalog id <paramref name="id"/>.</summary>
    public bool Contains(string id) => Contains(FaultCatalog.Get(id));

    /// <summary>The set with <paramref name="fault"/> added.</summary>
    public FaultSet With(FaultDescriptor fault) => new(Bits | (1UL << fault.Bit));

    /// <summary>The set without the faults of <paramref name="other"/>.</summary>
    public FaultSet Without(FaultSet other) => new(Bits & ~other.Bits);

    /// <summary>Whether the two sets share a fault.</summary>
    public bool Overlaps(FaultSet other) => (Bits & other.Bits) != 0;

    /// <summary>The union of two sets.</summary>
    public FaultSet Union(FaultSet other) => new(Bits | other.Bits);

    /// <summary>Whether any fault of the set shares a conflict group with <paramref name="fault"/>.</summary>
    public bool ConflictsWith(FaultDescriptor fault) =>
        fault.ConflictGroup.Length > 0 && Faults.Any(f => f.ConflictGroup == fault.ConflictGroup);

    /// <summary>The faults of the set in catalog order.</summary>
    public IEnumerable<FaultDescriptor> Faults
    {
        get
        {
            var bits = Bits;
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                yield return FaultCatalog.All[bit];
            }
        }
    }

    /// <summary>The fault types of the set in catalog order.</summary>
    public IEnumerable<FaultType> Types => Faults.Select(f => f.Type);

    /// <summary>The faults of the set whose type satisfies <paramref name="predicate"/>.</summary>
    public FaultSet Where(Func<FaultType, bool> predicate) => Of(Faults.Where(f => predicate(f.Type)));

    /// <summary>A set of the given faults.</summary>
    public static FaultSet Of(IEnumerable<FaultDescriptor> faults) =>
        faults.Aggregate(None, (set, f) => set.With(f));
}
