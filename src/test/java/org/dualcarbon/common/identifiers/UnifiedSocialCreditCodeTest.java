package org.dualcarbon.common.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 check character, tested on codes printed on published business licences. */
class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // 华为技术有限公司 and 深圳市腾讯计算机系统有限公司, as shown on their public business-licence records
        assertThat(UnifiedSocialCreditCode.isValid("914403001922038216")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91440300708461136T")).isTrue();
    }

    @Test
    void computesTheCheckCharacterOfTheFirstSeventeen() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(UnifiedSocialCreditCode.checkCharacter("91440300708461136")).isEqualTo('T');
    }

    @Test
    void namesTheProblemOfABadCode() {
        assertThat(UnifiedSocialCreditCode.problem("914403001922038217")).get().asString().contains("校验码错误").contains("6");
        assertThat(UnifiedSocialCreditCode.problem("91440300192203821")).get().asString().contains("18位");
        assertThat(UnifiedSocialCreditCode.problem("9144030019220382I6")).get().asString().contains("第17位");
        assertThat(UnifiedSocialCreditCode.problem("91AB0300192203821X")).get().asString().contains("行政区划代码");
        assertThat(UnifiedSocialCreditCode.problem("")).get().asString().contains("不能为空");
    }

    @Test
    void organisationCodeCheckFollowsGb11714() {
        // 华为's organisation code is 19220382-1, embedded in positions 9–17 of its credit code
        assertThat(OrganizationCode.checkCharacter("19220382")).isEqualTo('1');
        // 腾讯计算机's is 70846113-6
        assertThat(OrganizationCode.checkCharacter("70846113")).isEqualTo('6');
    }

    @Test
    void divisionCodeKnowsItsLevel() {
        assertThat(new DivisionCode("640000").level()).isEqualTo(DivisionCode.Level.PROVINCE);
        assertThat(new DivisionCode("640100").level()).isEqualTo(DivisionCode.Level.CITY);
        assertThat(new DivisionCode("640181").level()).isEqualTo(DivisionCode.Level.DISTRICT);
        assertThat(DivisionCode.isWellFormed("64018")).isFalse();
        assertThat(DivisionCode.isWellFormed("064018")).isFalse();
    }
}
