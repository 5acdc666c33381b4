package org.parley.cli;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Parley");
    }
}
