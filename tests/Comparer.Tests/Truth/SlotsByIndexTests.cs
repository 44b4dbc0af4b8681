using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class SlotsByIndexTests
{
    [Fact]
    public void UsualIndicesAndOddOnesAreFoundWithTheSlotTheyWereAddedWith()
    {
        var slots = new SlotsByIndex();
        int[] indices = [1, 2, 3, 5000, 2_000_000_000, -7, 0, int.MaxValue, 4];

        for (var slot = 0; slot < indices.Length; slot++)
        {
            Assert.True(slots.TryAdd(indices[slot], slot));
        }

        Assert.All(indices.Select((index, slot) => (index, slot)), pair => Assert.True(slots.TryGet(pair.index, out var found) && found == pair.slot));
        Assert.Equal(indices.Select((index, slot) => (index, slot)).Order(), slots.Entries().Order());
    }

    [Fact]
    public void ASecondRecordWithAnIndexKeepsTheFirstSlot()
    {
        var slots = new SlotsByIndex();
        slots.TryAdd(3, 0);

        Assert.False(slots.TryAdd(3, 1));
        Assert.True(slots.TryGet(3, out var slot) && slot == 0);
        Assert.False(slots.TryGet(2, out _));
        Assert.False(slots.TryGet(-1, out _));
    }
}
