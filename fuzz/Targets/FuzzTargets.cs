namespace MailMig.Fidelity.Fuzz;

/// <summary>The fuzz targets by the name fuzz/run.sh takes; each throws on a finding and returns on a documented outcome.</summary>
internal static class FuzzTargets
{
    /// <summary>Target name to harness.</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["export"] = ExportTarget.Run,
        ["db8"] = Db8Target.Run,
        ["address"] = AddressTarget.Run,
        ["mime"] = MimeTarget.Run,
        ["manifest"] = ManifestTarget.Run,
    };
}
