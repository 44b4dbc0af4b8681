using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>One copy ready to write: the message, how to write its export block, and the faults to locate.</summary>
/// <param name="Message">The message of this mailbox.</param>
/// <param name="Style">How its export block is written.</param>
/// <param name="Marks">The faults whose lines must be located (model and export).</param>
/// <param name="Garbage">Whether a garbage line goes before the block.</param>
/// <param name="Unreadable">The file item whose hex data is damaged after writing, or null.</param>
/// <param name="Db8Faults">The DB8 faults to inject into its record.</param>
public sealed record CopyBuild(CcMessage Message, ExportBlockStyle Style, IReadOnlyList<FaultMark> Marks, bool Garbage, FileItem? Unreadable, IReadOnlyList<FaultDescriptor> Db8Faults);
