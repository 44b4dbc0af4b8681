namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The body of an index entry: which store file, and the message record's length and offset there.</summary>
internal readonly record struct Db8IndexEntry(ushort StoreFile, uint Length, long Offset);
