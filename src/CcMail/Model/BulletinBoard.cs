namespace MailMig.Fidelity.CcMail.Model;

/*
 * A cc:Mail bulletin board: a post-office-wide message folder every user could read. Its messages
 * are ordinary cc:Mail messages (sender, date, subject, items); KB Q193735 is about their dates
 * becoming the migration date, and KB Q154099 about names containing '"'. No public layout exists:
 * how the project stores and exports boards is its own reconstruction (docs/formats/personal-data.md).
 */

/// <summary>A bulletin board: a name and its messages in board order.</summary>
public sealed class BulletinBoard
{
    /// <summary>The board's name as cc:Mail shows it (it may contain <c>"</c>, <c>\</c> or any other character).</summary>
    public string Name { get; set; } = "";

    /// <summary>The board's messages in board order; the n-th is the board's source index n.</summary>
    public List<CcMessage> Messages { get; set; } = [];
}
