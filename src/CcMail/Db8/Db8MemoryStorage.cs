namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Post office files as byte arrays, so tests can write, damage and read stores without disk I/O.</summary>
internal sealed class Db8MemoryStorage : Db8Storage
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MemoryStream> _written = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty storage to write into.</summary>
    public Db8MemoryStorage()
    {
    }

    /// <summary>A storage holding <paramref name="files"/> (file name to bytes).</summary>
    public Db8MemoryStorage(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (name, bytes) in files)
        {
            _files[name] = bytes;
        }
    }

    public override string Description => "<memory>";

    /// <summary>Every file as written or given, by name.</summary>
    public Dictionary<string, byte[]> ToFiles()
    {
        var files = new Dictionary<string, byte[]>(_files, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, stream) in _written)
        {
            files[name] = stream.ToArray();
        }

        return files;
    }

    public override bool HasPostOfficeMarker() =>
        _files.Keys.Concat(_written.Keys).Any(n => n.StartsWith("CCPOMBOX.", StringComparison.OrdinalIgnoreCase));

    public override Stream? OpenRead(string name) =>
        _written.TryGetValue(name, out var stream) ? new MemoryStream(stream.ToArray(), writable: false)
        : _files.TryGetValue(name, out var bytes) ? new MemoryStream(bytes, writable: false)
        : null;

    public override Stream Create(string name)
    {
        _files.Remove(name);
        var stream = new MemoryStream();
        _written[name] = stream;
        return stream;
    }

    public override void Delete(string name)
    {
        _files.Remove(name);
        _written.Remove(name);
    }
}
