using System.Runtime.CompilerServices;

namespace MailMig.Fidelity.Fixtures.Q197114Migrator;

/// <summary>A real access violation: a read through a non-null pointer into memory no process maps.</summary>
internal static unsafe class AccessViolation
{
    // Far from the null page (which .NET turns into a catchable NullReferenceException), canonical
    // (a non-canonical address faults with no address, which .NET also reads as null), and in the gap
    // that x64 and arm64 Linux and Windows leave between the executable's heap and the mmap area.
    private const ulong Unmapped = 0x0000_4000_0000_1000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int ReadThroughInvalidPointer()
    {
        var pointer = (int*)Unmapped;
        return Volatile.Read(ref *pointer);
    }
}
