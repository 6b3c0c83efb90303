package nl.sto.contracts.regulation;

/** A name in the platform's two languages: Dutch, and English. */
public record Names(String nl, String en) {

    /** The name in the language with this code ({@code en}), Dutch otherwise. */
    public String in(String language) {
        return "en".equals(language) ? en : nl;
    }
}
