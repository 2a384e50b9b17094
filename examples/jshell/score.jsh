// Scores the first form of a sample workbook and prints its card and findings.
// Run from the repository root, after `mvn -q -DskipTests package`:
//   jshell --class-path examples/target/jixiao.jar examples/jshell/score.jsh
import io.github.jixiao.audit.*;
import io.github.jixiao.finding.*;
import io.github.jixiao.model.*;
import io.github.jixiao.scoring.*;
import io.github.jixiao.spi.*;
import java.nio.file.*;
import java.util.*;

var file = Path.of("examples/forms/shanghai.xlsx");
var format = FormFormat.forFileName(file.toString()).orElseThrow();
ReadResult read;
try (var in = Files.newInputStream(file)) {
    read = format.read(in, ReadOptions.defaults().withSourceName(file.getFileName().toString()));
}
SelfEvaluation form = read.forms().get(0);
ScoreCard card = Scorer.score(form, ScoringPolicy.shanghai());

System.out.println(form.project().name() + " (" + form.year().map(Object::toString).orElse("?") + ")");
for (IndicatorScore s : card.indicators()) {
    System.out.println("  " + s.path() + "  分值 " + s.weight() + "  自评 "
            + s.indicator().reportedScore().map(BigDecimal::toPlainString).orElse("—") + "  计算 " + s.points());
}
System.out.println("执行率 " + card.execution().rate().orElseThrow() + "  得分 " + card.execution().points());
System.out.println("总分 自评 " + form.reportedTotal().orElseThrow() + "  计算 " + card.total() + " " + card.grade().label());
// the findings, most serious first (ERROR, WARNING, INFO), in form order within a severity
var findings = new ArrayList<>(Audit.check(card).findings());
findings.sort(java.util.Comparator.comparing(Finding::severity));  // model.Comparator is ≥ and ≤
for (Finding f : findings) {
    System.out.println("  " + f.severity() + " " + f.code() + " " + f.origin().map(o -> o + " ").orElse("")
            + f.location() + ": " + f.messageZh());
}
/exit
