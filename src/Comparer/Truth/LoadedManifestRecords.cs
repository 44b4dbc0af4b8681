namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The records of a manifest already read into memory (<see cref="ManifestReader.Read"/>).</summary>
internal sealed class LoadedManifestRecords : ManifestRecords
{
    private readonly Manifest _manifest;

    /// <summary>Numbers the records of <paramref name="manifest"/> in file order.</summary>
    public LoadedManifestRecords(Manifest manifest)
    {
        _manifest = manifest;
        foreach (var record in manifest.Messages)
        {
            Add(record.Mailbox, record.Index);
        }

        Seal();
    }

    /// <inheritdoc />
    public override Manifest Summary => _manifest;

    /// <inheritdoc />
    internal override ManifestMessage? Read(int slot) => _manifest.Messages[slot];
}
