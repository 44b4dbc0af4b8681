/*
 * `compare --shard K/N`: the manifest's records restricted to one part's mailboxes
 * (Sharding.MailboxScope). Records of other parts' mailboxes are not expected here, and messages of
 * those mailboxes are not judged (Covers), so a part can be checked against its own output folder
 * or against an unsharded one. Slots are renumbered; each reads its record from the whole manifest.
 */
using MailMig.Fidelity.Comparer.Diagnostics;
using MailMig.Fidelity.Comparer.Sharding;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The records of one shard's mailboxes, read through the whole manifest's records.</summary>
internal sealed class ShardedManifestRecords : ManifestRecords
{
    private readonly ManifestRecords _all;
    private readonly MailboxScope _scope;
    private readonly List<int> _slots = [];
    private readonly Manifest _summary;

    /// <summary>Restricts <paramref name="all"/> to the mailboxes <paramref name="scope"/> covers.</summary>
    public ShardedManifestRecords(ManifestRecords all, MailboxScope scope)
    {
        _all = all;
        _scope = scope;
        var keys = all.KeysBySlot();
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (scope.Covers(keys[slot].Mailbox))
            {
                Add(keys[slot].Mailbox, keys[slot].Index);
                _slots.Add(slot);
            }
        }

        Seal();
        var shared = scope.SharedNames.Select(name => new ComparerDiagnostic(ComparerSeverity.Warning, "compare.shard-shared-name",
            $"mailboxes named '{name}' fall in different parts; part {scope.Partition.Part} of {scope.Partition.Of} checks them all, so check the union of the parts for them", all.Summary.Path));
        _summary = all.Summary with { Diagnostics = [.. all.Summary.Diagnostics, .. shared] };
    }

    /// <inheritdoc />
    public override Manifest Summary => _summary;

    /// <inheritdoc />
    internal override ManifestMessage? Read(int slot) => _all.Read(_slots[slot]);

    /// <inheritdoc />
    internal override bool Covers(string mailbox) => _scope.Covers(mailbox);

    /// <inheritdoc/>
    internal override bool CoversPersonalData => _scope.Partition.Part == 1;
}
