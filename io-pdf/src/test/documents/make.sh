#!/bin/sh
# Makes the test documents of io-pdf and io-word from the seed and corpus workbooks, the way real documents are
# made: printed to PDF by LibreOffice Calc, saved as Word by LibreOffice Writer (Calc cannot write .docx: the
# sheet goes through Calc's HTML export and Writer's HTML import). Run from the repository root:
#
#   apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk
#   mvn -B -q dependency:build-classpath -pl io-pdf -Dmdep.outputFile=/tmp/cp.txt
#   sh io-pdf/src/test/documents/make.sh /tmp/cp.txt ../shared/corpus/workbooks
#
# LibreOffice 7.4 (Debian 12) made the committed files. The tests never run this script (CI has no LibreOffice).
set -eu
CP=$(cat "$1")
CORPUS=$2
TOOLS=io-pdf/src/test/documents
PDF=io-pdf/src/test/resources/io/github/jixiao/pdf
WORD=io-word/src/test/resources/io/github/jixiao/word
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 1. the workbooks as printed: the seed workbooks get borders, wrapping, widths and page setup (PrintReady);
#    the corpus workbooks are laid out as their source forms print and are printed as they are
for f in beijing shanghai shenzhen; do
  java -cp "$CP" "$TOOLS/PrintReady.java" ruled "examples/forms/$f.xlsx" "$WORK/$f.xlsx"
done
for f in "$CORPUS"/0*.xlsx; do cp "$f" "$WORK/"; done
# a form printed without ruling lines (no borders at all)
java -cp "$CP" "$TOOLS/PrintReady.java" unruled "$CORPUS/04_putuo-tiyu-jiesuan.xlsx" "$WORK/04-unruled.xlsx"

cd "$WORK"
# 2. PDFs: Calc prints each workbook (all sheets, in order)
soffice --headless --convert-to pdf ./*.xlsx
# a disclosure: other tables, a form, other tables, a form, joined as such PDFs are
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  "$OLDPWD/$TOOLS/other-tables-1.html" "$OLDPWD/$TOOLS/other-tables-2.html"
pdfunite other-tables-1.pdf 04_putuo-tiyu-jiesuan.pdf other-tables-2.pdf 03_baoshan-chunjieweiwen.pdf disclosure.pdf

# 3. Word: Calc's HTML export, opened by Writer, saved as .docx and .doc
soffice --headless --convert-to html ./*.xlsx
python3 "$OLDPWD/$TOOLS/split-form.py" 04_putuo-tiyu-jiesuan.html 04-split.html 绩效指标 （金额单位：元）
for f in *.html; do
  case $f in other-tables-*|04-unruled*) continue ;; esac
  soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" "$f"
  soffice --headless --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" "$f"
done
# a form typed in Word as a title, two tables and a line between, printed by Writer
soffice --headless --convert-to pdf:writer_pdf_Export 04-split.docx
cd "$OLDPWD"

for f in beijing shanghai shenzhen 01_zhongjiang-shuibiaochi 02_yongde-yingyanggaishan 03_baoshan-chunjieweiwen \
    04_putuo-tiyu-jiesuan 05_tianchang-shuihanzaihai; do
  cp "$WORK/$f.pdf" "$PDF/"
  cp "$WORK/$f.docx" "$WORD/"
  # .doc of the one-form documents only: Word 97 files of 6 and 9 forms weigh 200 KB each
  case $f in shanghai|shenzhen) ;; *) cp "$WORK/$f.doc" "$WORD/" ;; esac
done
cp "$WORK/04-unruled.pdf" "$WORK/disclosure.pdf" "$PDF/"
cp "$WORK/04-split.pdf" "$PDF/04-split-word.pdf"
cp "$WORK/04-split.docx" "$WORK/04-split.doc" "$WORD/"
