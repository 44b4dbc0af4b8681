using System.Text;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * The text a ProjectionWriter builds, line by line. Values are appended straight into one
 * StringBuilder kept per thread (a projection used to build every line and value as strings of
 * its own, and a new builder each time); a value is taken out as a string only when a scrubber
 * may change it (see IValueScrubFilter), and the scrubbers then see exactly what they saw before.
 */

/// <summary>Appends the lines of one projection, scrubbing each value through the scrubber pipeline.</summary>
internal sealed class ProjectionEmitter(List<IScrubber> scrubbers)
{
    // A builder that grew past this for one huge message is not kept for the next.
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static StringBuilder? _spare;

    [ThreadStatic]
    private static char[]? _spareValue;

    private readonly StringBuilder _text = TakeSpare();
    private ScrubCounter? _counter;

    /// <summary>The text written so far, to append a value to between <see cref="BeginField"/> and <see cref="EndField"/>.</summary>
    public StringBuilder Text => _text;

    /// <summary>Writes <c>key: </c> and returns where the value starts.</summary>
    public int BeginField(string indent, string key)
    {
        _text.Append(indent).Append(key).Append(": ");
        return _text.Length;
    }

    /// <summary>Scrubs the value written since <paramref name="start"/> as field <paramref name="path"/><paramref name="key"/> and ends the line.</summary>
    public void EndField(string path, string key, int start)
    {
        ScrubFrom(path, key, start);
        _text.Append('\n');
    }

    /// <summary>Writes <c>key: value</c>.</summary>
    public void Field(string indent, string path, string key, string value)
    {
        var start = BeginField(indent, key);
        _text.Append(value);
        EndField(path, key, start);
    }

    /// <summary>Writes <c>key: "value"</c>, or <c>key: (none)</c> for null.</summary>
    public void QuotedField(string indent, string path, string key, string? value)
    {
        var start = BeginField(indent, key);
        ProjectionWriter.AppendQuotedOrNone(_text, value);
        EndField(path, key, start);
    }

    /// <summary>Writes <c>key:</c> and one <c>- item</c> line per item, or <c>key: (none)</c> when there is none.</summary>
    public void Items<T>(string indent, string path, string key, IReadOnlyList<T> items, Action<StringBuilder, T> append)
    {
        if (items.Count == 0)
        {
            _text.Append(indent).Append(key).Append(": ").Append(ProjectionWriter.None).Append('\n');
            return;
        }

        _text.Append(indent).Append(key).Append(":\n");
        foreach (var item in items)
        {
            _text.Append(indent).Append("  - ");
            var start = _text.Length;
            append(_text, item);
            EndField(path, key, start);
        }
    }

    /// <summary>Writes the MIME structure: one <c>- description</c> line per entity, indented by its depth.</summary>
    public void Structure(string indent, string path, IReadOnlyList<MimeStructureLine> lines)
    {
        const string key = ProjectionFields.Structure;
        if (lines.Count == 0)
        {
            _text.Append(indent).Append(key).Append(": ").Append(ProjectionWriter.None).Append('\n');
            return;
        }

        _text.Append(indent).Append(key).Append(":\n");
        foreach (var line in lines)
        {
            _text.Append(indent).Append(' ', 2 + (line.Depth * 2)).Append("- ");
            var start = _text.Length;
            _text.Append(line.Text);
            EndField(path, key, start);
        }
    }

    /// <summary>Writes message text as <c>  | line</c> lines, or <c>key: (none)</c> / <c>key: (empty)</c>.</summary>
    public void Body(string indent, string key, string? text)
    {
        if (text is null || text.Length == 0)
        {
            _text.Append(indent).Append(key).Append(": ").Append(text is null ? ProjectionWriter.None : "(empty)").Append('\n');
            return;
        }

        _text.Append(indent).Append(key).Append(":\n");
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            _text.Append(indent).Append("  |");
            if (line.Length > 0)
            {
                _text.Append(' ');
                AppendTextLine(line);
            }

            _text.Append('\n');
        }
    }

    /// <summary>Returns the projection text (without its last line break) and keeps the builder for the thread's next projection; the emitter is done.</summary>
    public string Finish()
    {
        var text = _text.Length == 0 ? "" : _text.ToString(0, _text.Length - 1);
        if (_text.Capacity <= MaxKeptCapacity)
        {
            _text.Clear();
            _spare = _text;
        }

        return text;
    }

    private static StringBuilder TakeSpare()
    {
        var spare = _spare ?? new StringBuilder(2048);
        _spare = null;
        return spare;
    }

    // Control characters other than tab are escaped; runs without any are appended at once.
    private void AppendTextLine(ReadOnlySpan<char> line)
    {
        while (line.Length > 0)
        {
            var plain = 0;
            while (plain < line.Length && (line[plain] == '\t' || !char.IsControl(line[plain])))
            {
                plain++;
            }

            _text.Append(line[..plain]);
            if (plain < line.Length)
            {
                ProjectionWriter.AppendEscaped(_text, line[plain], escapeTab: false);
                plain++;
            }

            line = line[plain..];
        }
    }

    // The value appended since start is given to the scrubbers as a string only when one of them may change it.
    private void ScrubFrom(string path, string key, int start)
    {
        if (scrubbers.Count == 0)
        {
            return;
        }

        var length = _text.Length - start;
        var buffer = _spareValue is { } spare && spare.Length >= length ? spare : new char[Math.Max(length, 256)];
        if (buffer.Length <= MaxKeptCapacity)
        {
            _spareValue = buffer;
        }

        var value = buffer.AsSpan(0, length);
        _text.CopyTo(start, value, length);
        if (!MayChange(key, value))
        {
            return;
        }

        var original = value.ToString();
        var scrubbed = original;
        var field = path.Length == 0 ? key : path + key;
        foreach (var scrubber in scrubbers)
        {
            scrubbed = scrubber.Scrub(field, scrubbed, _counter ??= new ScrubCounter());
        }

        if (!string.Equals(scrubbed, original, StringComparison.Ordinal))
        {
            _text.Length = start;
            _text.Append(scrubbed);
        }
    }

    private bool MayChange(string leaf, ReadOnlySpan<char> value)
    {
        foreach (var scrubber in scrubbers)
        {
            if (scrubber is not IValueScrubFilter filter || filter.MayChange(leaf, value))
            {
                return true;
            }
        }

        return false;
    }
}
