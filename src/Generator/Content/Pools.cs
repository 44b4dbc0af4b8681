namespace MailMig.Fidelity.Generator.Content;

/// <summary>The generator's own word lists: what Bogus's English locale does not have (accented and Japanese names, period subjects, file names).</summary>
/// <remarks>
/// Bogus's locale is fixed to English and only used for plain ASCII names, companies and phrases; every
/// character that depends on a code page comes from these lists, so the bytes never depend on Bogus's
/// locale data or on the machine's culture.
/// </remarks>
internal static class Pools
{
    /// <summary>Accented European names (Last, First) written in code page 850; some also fit 437.</summary>
    public static readonly (string Last, string First)[] AccentedNames =
    [
        ("Müller", "Jürgen"), ("Lefèvre", "Hélène"), ("Núñez", "José"), ("Åström", "Björn"), ("Gößmann", "Käthe"),
        ("Dubé", "François"), ("Çelik", "Ayşe"), ("Ødegård", "Øystein"), ("Fernández", "Iñaki"), ("Brontë", "Zoë"),
        ("Jørgensen", "Søren"), ("Böhm", "Günther"), ("Périer", "Amélie"), ("Cortés", "Ángel"), ("Kühn", "Dörte"),
        ("Säämäki", "Päivi"), ("Gonçalves", "João"), ("Ruíz", "María"), ("Weiß", "Jörg"), ("Château", "Noël"),
    ];

    /// <summary>Japanese family names; 十河, 能登 and 表 carry the trail byte 0x5C in code page 932.</summary>
    public static readonly string[] JapaneseLastNames =
    [
        "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "十河", "能登", "表",
    ];

    /// <summary>Japanese given names; ソウタ and 十郎 carry the trail byte 0x5C in code page 932.</summary>
    public static readonly string[] JapaneseFirstNames =
    [
        "太郎", "花子", "健一", "由美", "誠", "明美", "大輔", "直子", "翔太", "美咲", "ソウタ", "十郎", "能久", "陽子",
    ];

    /// <summary>Subjects of period office mail.</summary>
    public static readonly string[] Topics =
    [
        "Quarterly numbers", "Budget review", "Staff meeting minutes", "Travel expenses", "New phone list",
        "Y2K readiness", "Network outage tonight", "Lunch on Friday?", "Holiday schedule", "Sales forecast",
        "Price list update", "Customer visit", "Project status", "Server upgrade this weekend", "Expense report",
        "Org chart changes", "Fire drill", "Parking lot resurfacing", "Training sign-up", "Vendor contract",
        "Year-end close", "Benefits enrollment", "Conference room bookings", "Draft proposal", "Action items",
        "Inventory count", "Shipping delays", "Press release", "Board presentation", "Welcome aboard",
    ];

    /// <summary>Japanese subjects; 表, ソ, 能 and 十 have the trail byte 0x5C in code page 932, ー and ‐ the trail bytes 0x5B and 0x5D.</summary>
    public static readonly string[] JapaneseTopics =
    [
        "会議の議事録", "予算表の確認", "ソフトウェア更新のお知らせ", "能力開発研修", "十月の予定表",
        "出張報告", "新しい電話番号", "サーバー停止のお知らせ", "見積書の送付", "年末の打ち合わせ",
    ];

    /// <summary>Subjects for <see cref="Faults.Dbcs5cSubjectFault"/>: every one holds 0x5C, 0x5B and 0x5D trail bytes in code page 932.</summary>
    public static readonly string[] Dbcs5CSubjects =
    [
        "表計算ソフトのデータ‐十月分", "能力評価表‐ソフトウェア部", "十河さんの予定表‐ソース確認",
    ];

    /// <summary>Japanese sentences for bodies in code page 932 post offices.</summary>
    public static readonly string[] JapaneseSentences =
    [
        "よろしくお願いいたします。", "資料を添付しましたのでご確認ください。", "明日の会議は十時からです。",
        "予定表を更新しました。", "ご質問があればご連絡ください。", "ソフトウェアの更新は今週末に行います。",
    ];

    /// <summary>Text with code page 850 high characters for <see cref="Faults.Cp850HighCharsFault"/>: é ü ß ½ ░ and more.</summary>
    public static readonly string[] HighCharLines =
    [
        "Réunion über Straße: ½ Stunde früher ░░ bitte", "Café, crème brûlée, naïve résumé: ½ price",
        "Größe ¼ inch ±2 mm, Ø 12 mm ░▒▓ table", "Señor Núñez, año fiscal: ¿cuánto? ¡ya!",
    ];

    /// <summary>Ordinary file attachments: name stem, extension and the leading bytes of that kind of file.</summary>
    public static readonly (string Stem, string Extension, byte[] Magic)[] Files =
    [
        ("REPORT", ".XLS", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("MEMO", ".DOC", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("BUDGET98", ".WK4", [0x00, 0x00, 0x1A, 0x00, 0x02, 0x10, 0x04, 0x00]),
        ("README", ".TXT", []),
        ("LOGO", ".BMP", [0x42, 0x4D]),
        ("CHART", ".GIF", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]),
        ("ARCHIVE", ".ZIP", [0x50, 0x4B, 0x03, 0x04]),
        ("LETTER", ".WPD", [0xFF, 0x57, 0x50, 0x43]),
        ("SLIDES", ".PPT", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("SCAN", ".TIF", [0x49, 0x49, 0x2A, 0x00]),
    ];

    /// <summary>Post office names for the generated post office.</summary>
    public static readonly string[] PostOfficeNames = ["FERGUSON", "HQNYC", "MIDWEST", "ACMEHQ", "HARBOR", "NORTHPO", "CENTRAL"];

    /// <summary>Post office names for code page 932 post offices.</summary>
    public static readonly string[] JapanesePostOfficeNames = ["TOKYO01", "OSAKAPO", "NAGOYA"];

    /// <summary>Other cc:Mail post offices the directory knows.</summary>
    public static readonly string[] OtherPostOffices = ["BOSTON", "DENVER", "LONDON", "PARIS", "CHICAGO", "ATLANTA", "SEATTLE"];

    /// <summary>Internet domains of SMTP correspondents.</summary>
    public static readonly string[] Domains =
    [
        "example.com", "example.org", "example.net", "acme.example", "globex.example", "initech.example", "umbrella.example",
    ];

    /// <summary>Weekday names for body phrases.</summary>
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
}
