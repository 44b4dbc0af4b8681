using System.Diagnostics;
using System.Globalization;
using MailMig.Fidelity.MigrateFloors;

/*
 * The write floors of bench/side-by-side/migrate.sh: the least a migration to mbox or to an eml tree needs, done
 * the plainest way. One thread reads the DB8 post office with the same reader `migrate` uses, builds each
 * message with MimeKit's ordinary API and writes it through one buffered FileStream. No address mapping, no
 * report, no resume, no mboxrd escaping, no fsync: whatever `migrate` does beyond this is its own cost.
 */

if (args.Length != 3 || args[0] is not ("mbox" or "eml"))
{
    Console.Error.WriteLine("usage: MailMig.Fidelity.MigrateFloors mbox|eml <post office directory> <output>");
    return 2;
}

var clock = Stopwatch.StartNew();
var count = args[0] == "mbox" ? MboxFloor.Run(args[1], args[2]) : EmlFloor.Run(args[1], args[2]);
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor {args[0]}: {count} messages in {seconds:0.00} s, {count / seconds:0} msg/s"));
return 0;
