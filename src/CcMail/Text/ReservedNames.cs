namespace MailMig.Fidelity.CcMail.Text;

/// <summary>The Windows reserved device names (<c>CON PRN AUX NUL COM1–COM9 LPT1–LPT9</c>) that no file or folder may be called.</summary>
public static class ReservedNames
{
    private static readonly HashSet<string> Devices = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(1, 9).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" })],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="name"/>'s part before its first dot (trailing blanks ignored) is a reserved device name, in any case.</summary>
    public static bool IsDevice(string name)
    {
        var dot = name.IndexOf('.');
        return Devices.Contains((dot < 0 ? name : name[..dot]).TrimEnd());
    }
}
