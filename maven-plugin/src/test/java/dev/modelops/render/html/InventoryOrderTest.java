package dev.modelops.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InventoryOrderTest {

    @Test
    void riskTiersRankFromLowToCritical() {
        assertThat(InventoryOrder.riskTierRank("low")).isEqualTo("0");
        assertThat(InventoryOrder.riskTierRank("medium")).isEqualTo("1");
        assertThat(InventoryOrder.riskTierRank(" HIGH ")).isEqualTo("2");
        assertThat(InventoryOrder.riskTierRank("critical")).isEqualTo("3");
    }

    @Test
    void statusesRankInTheOrderAModelPassesThroughThem() {
        assertThat(InventoryOrder.STATUSES.stream().map(InventoryOrder::statusRank))
                .containsExactly("0", "1", "2", "3");
    }

    @Test
    void anUnknownValueRanksAfterTheKnownOnesAndAnAbsentOneHasNoRank() {
        assertThat(InventoryOrder.riskTierRank("extreme")).isEqualTo("4");
        assertThat(InventoryOrder.statusRank("sunset")).isEqualTo("4");
        assertThat(InventoryOrder.riskTierRank(null)).isEmpty();
        assertThat(InventoryOrder.statusRank("  ")).isEmpty();
    }

    @Test
    void failedModelsComeBeforePassedOnes() {
        assertThat(InventoryOrder.verdictRank(false)).isLessThan(InventoryOrder.verdictRank(true));
    }
}
