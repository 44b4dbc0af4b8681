namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The u8 item kind that opens each item inside a message record body.</summary>
internal enum Db8ItemKind : byte
{
    /// <summary>A <see cref="Model.TextItem"/>.</summary>
    Text = 1,

    /// <summary>A <see cref="Model.FileItem"/>.</summary>
    File = 2,

    /// <summary>A <see cref="Model.MessageItem"/> (a forwarded message, nested).</summary>
    Message = 3,

    /// <summary>A <see cref="Model.BinaryItem"/> (fax, graphics or sound).</summary>
    Binary = 4,
}
