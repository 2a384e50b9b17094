"""Splits the one table of a form that Calc exported as HTML the way forms are often typed in Word: the title row
becomes a paragraph above, and the table is cut before the row whose first cell is `before` (the indicator
table), with a short paragraph between the two tables.

    python3 split-form.py in.html out.html 绩效指标 （金额单位：元）
"""
import re
import sys

source, target, before, between = sys.argv[1:5]
html = open(source, encoding="utf-8").read()
head, rest = html.split("<tr>", 1)
rows = ["<tr>" + r for r in rest.split("<tr>")]
last = rows[-1]
end = last.index("</table>")
rows[-1], tail = last[:end], last[end:]
title = re.sub(r"<[^>]+>", "", rows[0]).strip()
cut = next(i for i, r in enumerate(rows) if re.sub(r"<[^>]+>", "", r).strip().startswith(before))
table_open = head[head.rindex("<table"):]
body = head[:head.rindex("<table")]
out = (body + "<p align=\"center\"><b>" + title + "</b></p>\n" + table_open + "".join(rows[1:cut]) + "</table>\n"
       + "<p>" + between + "</p>\n" + table_open + "".join(rows[cut:]) + tail)
open(target, "w", encoding="utf-8").write(out)
