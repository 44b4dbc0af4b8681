#!/usr/bin/env python3
"""Writes the byte-exact export fixtures of tests/CcMail.Tests/Export/Fixtures.

Independent of ExportWriter on purpose: every item size below is written by hand and checked
here against the bytes (Text item sizes count CR LF, each lone LF counting 2), and every
Message: size is either written by hand and checked, or deliberately wrong/spaces/padded.
Run from the repository root: python3 tests/CcMail.Tests/Export/FixtureSources/make_fixtures.py
"""
import os
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "Fixtures")
CRLF = b"\r\n"
MISMATCH = []


def lone_lf(data):
    return sum(1 for i, b in enumerate(data) if b == 0x0A and (i == 0 or data[i - 1] != 0x0D))


def lines(*ls, eol=CRLF):
    return b"".join(l + eol for l in ls)


def text(size, body, eol=CRLF):
    if size != len(body) + lone_lf(body):
        MISMATCH.append(("text", size, len(body) + lone_lf(body), body))
    return b"Text item: %d" % size + eol + body + eol


def binary(keyword, size, rest, data, eol=CRLF, hexdata=False):
    if size != len(data):
        MISMATCH.append((keyword, size, len(data)))
    payload = data.hex().upper().encode() if hexdata else data
    return keyword + b": %d" % size + rest + eol + payload + eol


def block(size, body, eol=CRLF, check=True):
    """A Message: line and its body; size is the literal size field (bytes or a str for odd fields)."""
    if check and int(size) != len(body):
        MISMATCH.append((size, len(body)))
    field = size if isinstance(size, bytes) else b"%d" % size
    return b"Message: " + field + eol + body


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


HEAD = lines(b"From: Smith, Grover at FERGUSON", b"Date: 11/16/98 10:30 AM", b"To: Doe, Jane at FERGUSON")

# Message: size of spaces (KB Q287056), then a size padded to ten columns.
body1 = HEAD + lines(b"Subject: Spaces for a size", b"Contents: 1") + text(5, b"Hello")
body2 = HEAD + lines(b"Subject: Padded size", b"Contents: 1") + text(5, b"World")
MISMATCH.append(("pad", len(body2))) if len(body2) != 141 else None
write("size-spaces.exp", block(b"          ", body1, check=False) + block(b"       141", body2, check=False))

# Contents: counts that are wrong both ways: follow the items present.
body1 = HEAD + lines(b"Subject: Says three", b"Contents: 3") + text(3, b"one") + text(3, b"two")
body2 = (HEAD + lines(b"Subject: Says one", b"Contents: 1") + text(5, b"first")
         + binary(b"File item", 4, b" A.TXT 11/14/98 9:12 AM", b"abcd"))
write("contents-count.exp", block(157, body1) + block(181, body2))

# Hex data (/FILES/HEX): the byte at offset size is not a line break, so 2 x size hex digits.
body = (HEAD + lines(b"Subject: Hex", b"Contents: 2")
        + binary(b"File item", 4, b" DATA.BIN 11/14/98 9:12 AM", b"\r\nM\x00", hexdata=True)
        + b"File item: 2 LOWER.BIN 11/14/98 9:12 AM\r\nff00\r\n")
write("hex-data.exp", block(209, body))

# Raw data with CR LF, NUL and high bytes inside.
raw = b"\x00\x01\r\n\xff\xfeline\r\n\r\n\x7f"
body = HEAD + lines(b"Subject: Raw", b"Contents: 1") + binary(b"File item", 15, b" RAW.DAT 11/14/98 9:12 AM", raw)
write("raw-data.exp", block(169, body))

# File item name rule: spaces in names, "-" dates (KB Q192700), M/D/YY (KB Q186216), missing time, impossible date.
body = (HEAD + lines(b"Subject: Names", b"Contents: 5")
        + binary(b"File item", 3, b" Att report.txt 9-11-1998 10:05 AM", b"abc")
        + binary(b"File item", 3, b" BUDGET 98.XLS 1/5/99 14:30", b"def")
        + binary(b"File item", 3, b" Att.txt 9-11-1998", b"ghi")
        + binary(b"File item", 3, b" NOTES.TXT 2/31/99 9:00 AM", b"jkl")
        + binary(b"File item", 2, b" My  File.doc 12/01/98 8:00:30 pm", b"mn"))
write("file-item-names.exp", block(346, body))

# A forwarded message nested in a Message item, between two other items.
nested = (lines(b"From: Doe, Jane at FERGUSON", b"Date: 11/15/98 4:05 PM", b"To: Smith, Grover at FERGUSON",
                b"Subject: Original", b"Contents: 2")
          + text(13, b"Original text") + binary(b"File item", 3, b" ORIG.TXT 11/15/98 4:00 PM", b"xyz"))
MISMATCH.append(("nested", len(nested))) if len(nested) != 191 else None
body = (HEAD + lines(b"Subject: Fw: Original", b"Contents: 3") + text(9, b"See below")
        + b"Message item: 191" + CRLF + nested + CRLF
        + binary(b"File item", 2, b" AFTER.TXT 11/16/98 10:29 AM", b"ok"))
write("nested-message.exp", block(404, body))

# Continuation lines: a leading space or tab continues the line; unfolding removes only the line break.
body = (lines(b"From: Smith, Grover at FERGUSON", b"Date: 11/16/98 10:30 AM", b"To: Doe,", b" Jane at FERGUSON",
              b"Subject: Quarterly", b" numbers", b"\tand more", b"Contents: 1") + text(2, b"Hi"))
write("continuation.exp", block(159, body))

# LF-only lines: the Text item size still counts CR LF; the File item size counts its bytes.
LF = b"\n"
body = (lines(b"From: Smith, Grover at FERGUSON", b"Date: 11/16/98 10:30 AM", b"Subject: Converted", b"Contents: 2", eol=LF)
        + text(20, b"Line one\nLine two\n", eol=LF) + binary(b"File item", 3, b" LF.BIN 11/16/98 10:30 AM", b"a\nb", eol=LF))
write("lf-only.exp", lines(b"Mailbox: Smith, Grover", eol=LF) + block(162, body, eol=LF))

# cp932: trail bytes 0x5C in the subject, the sender and the folder (KB Q198861).
subject = "表示ソフト".encode("cp932")
assert subject[1] == 0x5C and subject[5] == 0x5C
sender = "能登, 太郎 at 東京".encode("cp932")
assert sender[1] == 0x5C
folder = "予定表\\会議".encode("cp932")
assert folder.count(b"\\") == 3  # 予 and 表 end in 0x5C, then the real separator
body_text = "能力表\r\n".encode("cp932")
body = (lines(b"From: " + sender, b"Date: 11/16/98 10:30 AM", b"Subject: " + subject, b"Folder: " + folder, b"Contents: 1")
        + text(8, body_text))
write("cp932.exp", lines(b"Codepage: 932") + block(130, body))

# Addresses: quoted post office, bracketed, gateway, stray comma (KB Q179677), bang path, RRT (KB Q262989).
body = lines(b'From: "Smith, Grover" at "FER, GUSON"', b"Date: 11/16/98 10:30 AM",
             b"To: Parkes, Pat [SMTP:pat@example.com] at SMTPLINK", b"To: jdoe at ATTMAIL",
             b"Cc: ,User [SMTP:User@Domain.com] at site", b"Bcc: attmail!jdoe", b"Subject: Addresses",
             b"RRT: Smith, Grover at FERGUSON", b"Contents: 1") + text(2, b"Hi")
write("addresses.exp", lines(b'Postoffice: "FER, GUSON"') + block(281, body))

# Damage between blocks: a stray "6" (KB Q184391), garbage with a Message: line that no header follows, blank lines.
b1 = HEAD + lines(b"Subject: First", b"Contents: 1") + text(3, b"one")
b2 = HEAD + lines(b"Subject: Second", b"Contents: 1") + text(3, b"two")
b3 = HEAD + lines(b"Subject: Third", b"Contents: 1") + text(5, b"three")
write("damage-between-blocks.exp", block(133, b1) + b"6\r\n" + block(134, b2)
      + b"junk line\r\nMessage: not a block\r\nmore junk\r\n" + CRLF + block(135, b3))

# A wrong Message: size: the items delimit the block, the size only cross-checks.
b1 = HEAD + lines(b"Subject: Wrong size", b"Contents: 1") + text(3, b"one")
b2 = HEAD + lines(b"Subject: Right size", b"Contents: 1") + text(3, b"two")
write("wrong-message-size.exp", block(b"9999", b1, check=False) + block(138, b2))

# Unknown keywords are kept; an unknown priority is Normal plus an extra header.
body = (HEAD + lines(b"Subject: Extras", b"Folder: Projects\\1998", b"Priority: High", b"Status: Read",
                     b"X-Mailer: cc:Mail 8.0", b"Attributes: hidden", b"Contents: 1") + text(2, b"Hi"))
write("unknown-keyword.exp", block(229, body))

# Binary data that contains a whole fake block (KB Q233054): the item size delimits it.
data = b"MZ\x00\r\nMessage: 12\r\nFrom: Evil at X\r\nContents: 1\r\nText item: 2\r\n\x00\xff"
body = HEAD + lines(b"Subject: Binary", b"Contents: 1") + binary(b"File item", 64, b" PROG.EXE 11/14/98 9:12 AM", data)
b2 = HEAD + lines(b"Subject: After", b"Contents: 1") + text(5, b"after")
write("binary-message-token.exp", block(222, body) + block(135, b2))


# MacBinary II (/FILES/MACBIN2): unwrapped only when the CRC checks.
def crc16(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


fork = b"Hello Mac"
head = bytearray(128)
head[1] = 7
head[2:9] = b"Read Me"
head[65:69] = b"TEXT"
head[69:73] = b"ttxt"
struct.pack_into(">I", head, 83, len(fork))
head[122] = head[123] = 129
struct.pack_into(">H", head, 124, crc16(bytes(head[:124])))
mac = bytes(head) + fork + bytes(128 - len(fork))
bad = bytearray(mac)
bad[124] ^= 0xFF
body = (HEAD + lines(b"Subject: Mac", b"Contents: 2") + binary(b"File item", 256, b" README 11/14/98 9:12 AM", mac)
        + binary(b"File item", 256, b" BADCRC 11/14/98 9:12 AM", bytes(bad)))
write("macbinary.exp", block(708, body))

# A header over the limit (4 KB before Import/Export 8.2x, KB Q266711): read with MaxHeaderBytes = 4096.
pad = b"".join(b"X-Pad-%03d: %s" % (i, b"p" * 80) + CRLF for i in range(60))
body = HEAD + lines(b"Subject: Big header") + pad + lines(b"Folder: Lost", b"Contents: 1") + text(4, b"kept")
b2 = HEAD + lines(b"Subject: Small", b"Contents: 1") + text(2, b"ok")
write("header-over-limit.exp", block(len(body), body) + block(132, b2))

# Truncation: an item claims more bytes than exist before the next block; the last block ends mid-item.
b1 = HEAD + lines(b"Subject: Short item", b"Contents: 2") + b"File item: 500 CUT.BIN 11/14/98 9:12 AM\r\n" + b"only twenty bytes!!!" + CRLF + text(4, b"lost")
b2 = HEAD + lines(b"Subject: Intact", b"Contents: 1") + text(6, b"intact")
b3 = HEAD + lines(b"Subject: Cut", b"Contents: 1") + b"Text item: 100\r\nThe input ends here"
write("truncated.exp", block(len(b1), b1) + block(137, b2) + block(200, b3, check=False))

# A Message: line followed by no header: a record with no message, then the next block.
b2 = HEAD + lines(b"Subject: Next", b"Contents: 1") + text(4, b"next")
write("broken-block.exp", b"Message: 10\r\n\x00\x01\x02garbage without a colon\r\n\xff\xfe\r\n" + block(133, b2))

# Fax, Graphics and Sound items, several Text items, an unknown item type.
body = (HEAD + lines(b"Subject: Items", b"Contents: 6") + text(4, b"Body") + text(6, b"Second")
        + binary(b"Fax item", 3, b" FAX.TIF", b"FAX") + binary(b"Graphics item", 2, b"", b"GR")
        + binary(b"Form item", 3, b"", b"FRM") + binary(b"Sound item", 4, b" hello.wav", b"RIFF"))
write("item-types.exp", block(254, body))

# The file header: raw bytes until Codepage: is read (437 here: 0x9B is a cent sign, not 850's o-slash).
body = HEAD + lines(b"Subject: Price \x9b", b"Contents: 1") + text(2, b"Hi")
header = lines(b"Mailbox: Smith, Grover", b"Postoffice: FERGUSON", b"Server: CCMAIL01", b"Codepage: 437",
               b"Exported: 11/20/98 9:14 AM")
write("file-header.exp", header + block(134, body))

# Dates: an impossible date (KB Q233325) and 1/1/00 (KB Q192595).
b1 = lines(b"From: Smith, Grover at FERGUSON", b"Date: 2/31/99 9:00 AM", b"Subject: Impossible", b"Contents: 1") + text(2, b"Hi")
b2 = lines(b"From: Smith, Grover at FERGUSON", b"Date: 1/1/00 12:00 AM", b"Subject: Y2K", b"Contents: 1") + text(2, b"Hi")
write("dates.exp", block(108, b1) + block(101, b2))
assert not MISMATCH, MISMATCH
print("fixtures written to", os.path.normpath(OUT))
