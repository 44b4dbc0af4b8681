namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>One line of an export file as bytes: its text and its own line end (CR LF, LF or none), kept apart so edits never change the line end.</summary>
/// <param name="Text">The line's bytes without its line end.</param>
/// <param name="End">The line end as written.</param>
public sealed record RawLine(byte[] Text, byte[] End)
{
    /// <summary>The line's bytes with its line end.</summary>
    public byte[] Bytes => [.. Text, .. End];

    /// <summary>The bytes before the first colon (the keyword), or the whole line when it has none.</summary>
    public string Keyword
    {
        get
        {
            var colon = Array.IndexOf(Text, (byte)':');
            return System.Text.Encoding.Latin1.GetString(Text, 0, colon < 0 ? Text.Length : colon);
        }
    }

    /// <summary>Where the value starts: just after the first colon (the value keeps its leading space), or the line's length when it has no colon.</summary>
    public int ValueStart => Array.IndexOf(Text, (byte)':') is var colon and >= 0 ? colon + 1 : Text.Length;

    /// <summary>This line with <paramref name="value"/> after its keyword and colon.</summary>
    public RawLine WithValue(byte[] value) => this with { Text = [.. Text.AsSpan(0, ValueStart), .. value] };
}
