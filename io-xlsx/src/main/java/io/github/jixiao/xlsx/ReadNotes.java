package io.github.jixiao.xlsx;

import io.github.jixiao.audit.Finding;
import io.github.jixiao.audit.Severity;
import java.util.ArrayList;
import java.util.List;

/** The findings of one read, each citing {@code file!Sheet!C12}. */
final class ReadNotes {

    private final String source;
    private final List<Finding> findings = new ArrayList<>();
    private String sheet = "";

    ReadNotes(String source) {
        this.source = source;
    }

    void sheet(String name) {
        sheet = name;
    }

    /** The location of a cell of the current sheet: {@code file!Sheet!C12}, or {@code Sheet!C12} unnamed. */
    String at(String address) {
        String cell = sheet + "!" + address;
        return source.isEmpty() ? cell : source + "!" + cell;
    }

    /** Records where the reader had to guess. */
    void guess(String code, String address, String zh, String en) {
        findings.add(Finding.of(code, Severity.WARNING, at(address), zh, en));
    }

    /** Records what the reader left out or skipped on purpose, at a cell of the current sheet. */
    void info(String code, String address, String zh, String en) {
        findings.add(Finding.of(code, Severity.INFO, at(address), zh, en));
    }

    /** Records a finding at a cell of a named sheet, while the sheets stream. */
    void cell(String code, String sheetName, String address, String zh, String en) {
        String cell = sheetName + "!" + address;
        findings.add(Finding.of(code, Severity.WARNING, source.isEmpty() ? cell : source + "!" + cell, zh, en));
    }

    /** Records a finding about the whole file. */
    void file(String code, Severity severity, String zh, String en) {
        findings.add(Finding.of(code, severity, source, zh, en));
    }

    /** Records a form that could not be read (lenient reading). */
    void skipped(String address, String reason) {
        findings.add(Finding.of("READ_FORM_SKIPPED", Severity.ERROR, at(address), "无法读取此表：" + reason,
                "the form cannot be read: " + reason));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
