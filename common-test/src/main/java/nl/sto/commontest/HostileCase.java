package nl.sto.commontest;

import java.util.function.UnaryOperator;

/** One bad input: its name in the report, and how it changes an otherwise good request to the endpoint. */
record HostileCase(String name, UnaryOperator<HostileCall> change) {
}
