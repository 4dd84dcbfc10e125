package org.antitrafficking.directory.editor;

/**
 * The digits a {@code tel:} or {@code sms:} link dials, derived from a number as its
 * source writes it ("1-866-DHS-2-ICE", "(202) 555-0100", "233733"), never typed: letters
 * become the keypad's digits, a full North American number gets {@code +1}, a short code
 * of 3 to 6 digits stays as it is. Anything else is not a number the directory can link.
 */
final class PhoneNumbers {

    private static final String KEYPAD = "22233344455566677778889999";

    private PhoneNumbers() {
    }

    /** The dial form of a written number; a {@link FieldProblem} if it is none. */
    static String dial(String written) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = Character.toUpperCase(written.charAt(i));
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
            else if (c >= 'A' && c <= 'Z') {
                digits.append(KEYPAD.charAt(c - 'A'));
            }
        }
        String number = digits.toString();
        if (number.length() == 10 && number.charAt(0) >= '2') {
            return "+1" + number;
        }
        if (number.length() == 11 && number.startsWith("1") && number.charAt(1) >= '2') {
            return "+" + number;
        }
        if (number.length() >= 3 && number.length() <= 6) {
            return number;
        }
        throw new FieldProblem("editor.problem.phone", written);
    }

}
