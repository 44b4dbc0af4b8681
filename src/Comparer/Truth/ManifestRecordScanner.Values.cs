using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The values inside a message record (addresses, attachments, faults, forwarded content, bySource),
 * each read where the reader stands and left on its last token. What ManifestDocumentReader would
 * call an error is not worded here: the scanner gives up (UnsureException) and that reader reads
 * the line again. When only checking, strings are not made, except where decoding them could fail.
 */

/// <summary>The values of a message record, read by <see cref="ManifestRecordScanner"/>.</summary>
internal ref partial struct ManifestRecordScanner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new UnsureException();
        }
    }

    // The next property's key, the reader on its value; -1 at the end of the object. A name escaped or given twice is given up on.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextProperty(ref ulong seen)
    {
        Expect(_json.Read());
        if (_json.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        Expect(!_json.ValueIsEscaped);
        var key = ManifestKeys.Of(_json.ValueSpan);
        var bit = key == ManifestKeys.None ? 0UL : 1UL << key;
        Expect((seen & bit) == 0);
        seen |= bit;
        Expect(_json.Read());
        return key;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private T? Skip<T>()
    {
        _json.Skip();
        return default;
    }

    // A string or null; when only checking, a string is "" unless it has \u escapes, which may not decode.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? String()
    {
        if (_json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(_json.TokenType == JsonTokenType.String);
        return _build || (_json.ValueIsEscaped && _json.ValueSpan.IndexOf("\\u"u8) >= 0) ? _json.GetString() : "";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Shared(string text)
    {
        if (_pool is null || !_build)
        {
            return text;
        }

        ref var pooled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pool, text, out var exists);
        if (!exists)
        {
            pooled = text;
        }

        return pooled!;
    }

    // True on an array's first token, false on null (no items); anything else is given up on.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartArray()
    {
        if (_json.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(_json.TokenType == JsonTokenType.StartArray);
        return true;
    }

    // Moves to the next item of an array, which must be an object when asked; false at its end.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextItem(bool isObject)
    {
        Expect(_json.Read());
        if (_json.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        Expect(!isObject || _json.TokenType == JsonTokenType.StartObject);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ManifestAddress>? Addresses()
    {
        if (!StartArray())
        {
            return null;
        }

        var items = _build ? new List<ManifestAddress>() : null;
        while (NextItem(isObject: true))
        {
            var address = Address();
            items?.Add(address!);
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestAddress? Address()
    {
        var (seen, name, type, address) = (0UL, (string?)null, (string?)null, (string?)null);
        for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
        {
            switch (key)
            {
                case ManifestKeys.DisplayName: name = String(); break;
                case ManifestKeys.Type: type = String(); break;
                case ManifestKeys.Address: address = String(); break;
                default: _json.Skip(); break;
            }
        }

        Expect(type is not null && address is not null);
        return _build ? new ManifestAddress(name is null ? null : Shared(name), Shared(type!), Shared(address!)) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ManifestAttachment>? Attachments()
    {
        if (!StartArray())
        {
            return null;
        }

        var items = _build ? new List<ManifestAttachment>() : null;
        while (NextItem(isObject: true))
        {
            var attachment = Attachment();
            items?.Add(attachment!);
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestAttachment? Attachment()
    {
        var (seen, name, size, sha256, date) = (0UL, (string?)null, (long?)null, (string?)null, (string?)null);
        for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
        {
            switch (key)
            {
                case ManifestKeys.Name: name = String(); break;
                case ManifestKeys.Size: size = WholeNumber(); break;
                case ManifestKeys.Sha256: sha256 = String(); break;
                case ManifestKeys.Date: date = String(); break;
                default: _json.Skip(); break;
            }
        }

        Expect(name is not null && size is not null);
        return _build ? new ManifestAttachment(name!, size!.Value, (sha256 ?? "").ToLowerInvariant(), date) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long WholeNumber()
    {
        Expect(_json.TokenType == JsonTokenType.Number);
        Expect(_json.TryGetInt64(out var value));
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ManifestFault>? Faults()
    {
        if (!StartArray())
        {
            return null;
        }

        var items = _build ? new List<ManifestFault>() : null;
        while (NextItem(isObject: true))
        {
            var fault = Fault();
            items?.Add(fault!);
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestFault? Fault()
    {
        var (seen, id, where, file, offset, detail) = (0UL, (string?)null, (string?)null, (string?)null, (long?)null, (string?)null);
        for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
        {
            switch (key)
            {
                case ManifestKeys.Id: id = String(); break;
                case ManifestKeys.Where: where = String(); break;
                case ManifestKeys.File: file = String(); break;
                case ManifestKeys.Offset: offset = _json.TokenType == JsonTokenType.Number ? WholeNumber() : Skip<long?>(); break;
                case ManifestKeys.Detail: detail = String(); break;
                default: _json.Skip(); break;
            }
        }

        Expect(id is not null);
        return _build ? new ManifestFault(id!, where ?? "", file, offset, detail) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ManifestContent>? Forwarded()
    {
        if (!StartArray())
        {
            return null;
        }

        var items = _build ? new List<ManifestContent>() : null;
        while (NextItem(isObject: true))
        {
            var (seen, parts) = (0UL, default(ContentParts));
            for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
            {
                if (!ContentValue(key, ref parts))
                {
                    _json.Skip();
                }
            }

            if (items is not null)
            {
                items.Add(Build(parts));
            }
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<string>? Repairs()
    {
        if (!StartArray())
        {
            return null;
        }

        var items = _build ? new List<string>() : null;
        while (NextItem(isObject: false))
        {
            Expect(_json.TokenType == JsonTokenType.String);
            var repair = String();
            items?.Add(repair!);
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ExpectedOutcome? Outcome()
    {
        if (_json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(_json.TokenType == JsonTokenType.String);
        return _json.ValueTextEquals("migrated"u8) ? ExpectedOutcome.Migrated
            : _json.ValueTextEquals("repaired"u8) ? ExpectedOutcome.Repaired
            : _json.ValueTextEquals("skipped"u8) ? ExpectedOutcome.Skipped
            : throw new UnsureException();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DateTimeOffset? Date()
    {
        if (_json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(_json.TokenType == JsonTokenType.String);
        if (!_json.ValueIsEscaped && ManifestDates.TryParseUtc(_json.ValueSpan, out var date))
        {
            return date;
        }

        Expect(DateTimeOffset.TryParse(_json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date));
        return date;
    }

    // Entry names are decoded (they are few), so that a name given twice is found however it is escaped.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Dictionary<string, ManifestSourceOverride> BySource()
    {
        var overrides = new Dictionary<string, ManifestSourceOverride>(StringComparer.Ordinal);
        for (Expect(_json.Read()); _json.TokenType != JsonTokenType.EndObject; Expect(_json.Read()))
        {
            var name = _json.GetString()!;
            Expect(_json.Read() && _json.TokenType == JsonTokenType.StartObject);
            Expect(overrides.TryAdd(name, Override()!));
        }

        return overrides;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ManifestSourceOverride? Override()
    {
        var (seen, outcome, repairs, skipReason, attachments) = (0UL, (ExpectedOutcome?)null, (List<string>?)null, (string?)null, (List<ManifestAttachment>?)null);
        for (var key = NextProperty(ref seen); key >= 0; key = NextProperty(ref seen))
        {
            switch (key)
            {
                case ManifestKeys.Outcome: outcome = Outcome(); break;
                case ManifestKeys.Repairs: repairs = Repairs() ?? []; break;
                case ManifestKeys.SkipReason: skipReason = String(); break;
                case ManifestKeys.Attachments: attachments = Attachments() ?? []; break;
                default: _json.Skip(); break;
            }
        }

        return _build ? new ManifestSourceOverride(outcome, repairs, Has(seen, ManifestKeys.SkipReason), skipReason, attachments) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Has(ulong seen, int key) => (seen & (1UL << key)) != 0;

    /// <summary>The values of a message record's own keys, as read so far.</summary>
    private struct MessageParts
    {
        public string? Mailbox;
        public int Index;
        public string? Folder;
        public ManifestAddress? ReceiptTo;
        public string? Priority;
        public bool Read;
        public List<ManifestFault>? Faults;
        public ExpectedOutcome? Outcome;
        public List<string>? Repairs;
        public string? SkipReason;
        public Dictionary<string, ManifestSourceOverride>? BySource;
    }

    /// <summary>The values of a content's keys (a message record's or a forwarded message's), as read so far.</summary>
    private struct ContentParts
    {
        public ManifestAddress? From;
        public List<ManifestAddress>? To;
        public List<ManifestAddress>? Cc;
        public List<ManifestAddress>? Bcc;
        public string? Subject;
        public DateTimeOffset? Date;
        public string? DateLocal;
        public string? Body;
        public List<ManifestAttachment>? Attachments;
        public List<ManifestContent>? Forwarded;
    }

    /// <summary>Thrown where the line is not read with certainty: ManifestDocumentReader reads it instead.</summary>
    private sealed class UnsureException : Exception;
}
