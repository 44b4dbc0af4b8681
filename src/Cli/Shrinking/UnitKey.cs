namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Names one removable part of an export: a block, a line or item in it, and a part of that line (-1 for the file header's block).</summary>
/// <param name="Block">The block's index, or -1 for the file header.</param>
/// <param name="Line">The header line's or item's index in the block.</param>
/// <param name="Part">The address element's or character's index in the line.</param>
public readonly record struct UnitKey(int Block, int Line = 0, int Part = 0);
