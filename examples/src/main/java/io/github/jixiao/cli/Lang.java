package io.github.jixiao.cli;

/** The language of the output ({@code --lang}): labels and finding messages. */
enum Lang {
    /** 中文. */
    zh,
    /** English. */
    en;

    boolean chinese() {
        return this == zh;
    }

    /** The text in this language. */
    String pick(String chinese, String english) {
        return this == zh ? chinese : english;
    }
}
