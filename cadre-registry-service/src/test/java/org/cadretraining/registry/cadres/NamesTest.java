package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void foldsVietnameseDiacriticsCaseAndSpacing() {
        assertThat(Names.searchable("Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
        assertThat(Names.searchable("  LÒ   Thị HƯƠNG ")).isEqualTo("lo thi huong");
        assertThat(Names.searchable("Quàng Thị Ngọc Ánh")).isEqualTo("quang thi ngoc anh");
        // The same name typed with combining marks (NFD) folds the same way.
        assertThat(Names.searchable(Normalizer.normalize("Đặng Thị Hường", Normalizer.Form.NFD))).isEqualTo("dang thi huong");
        assertThat(Names.searchable(null)).isEmpty();
    }
}
