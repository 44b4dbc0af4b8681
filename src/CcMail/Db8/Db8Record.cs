namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>A record whose header and body checks both hold, with where it starts.</summary>
internal readonly record struct Db8Record(long Offset, Db8RecordHeader Header, byte[] Body);
