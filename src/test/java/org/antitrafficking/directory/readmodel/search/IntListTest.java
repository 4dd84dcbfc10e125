package org.antitrafficking.directory.readmodel.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntListTest {

    @Test
    void shouldGrowPastItsFirstArrayAndKeepTheOrder() {
        IntList list = new IntList();
        for (int i = 0; i < 100; i++) {
            list.add(i * 3);
        }
        assertThat(list.toArray()).hasSize(100).startsWith(0, 3, 6).endsWith(297);
        assertThat(new IntList().toArray()).isEmpty();
    }

    @Test
    void shouldAddAValueOnceWhenItIsAddedAgainRightAway() {
        IntList list = new IntList();
        list.addUnlessLast(4);
        list.addUnlessLast(4);
        list.addUnlessLast(7);
        list.addUnlessLast(4);
        assertThat(list.toArray()).containsExactly(4, 7, 4);
    }

}
