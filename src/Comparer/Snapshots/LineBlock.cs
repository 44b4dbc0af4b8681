namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>One change of a line diff: <paramref name="DeleteCount"/> lines of the old text at <paramref name="DeleteStart"/> replaced by <paramref name="InsertCount"/> lines of the new text at <paramref name="InsertStart"/>.</summary>
/// <param name="DeleteStart">The 0-based first old line removed (or where the insertion goes).</param>
/// <param name="DeleteCount">How many old lines are removed.</param>
/// <param name="InsertStart">The 0-based first new line inserted.</param>
/// <param name="InsertCount">How many new lines are inserted.</param>
public sealed record LineBlock(int DeleteStart, int DeleteCount, int InsertStart, int InsertCount);
