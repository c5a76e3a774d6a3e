/**
 * 个人信息 — personal data (GB/T 35273-2020; GB/T 22239-2019 §8.1.4.8, §8.1.4.11; security.md §2): the enterprises'
 * contact persons, kept to the minimum the purpose needs, encrypted at rest with {@link org.dualcarbon.common.crypto.FieldCipher},
 * shown masked everywhere, revealed only by an audited action with a reason, exported on request (获取副本) and erased on
 * request (删除). A signed-in user downloads what the platform holds about him at {@code /account/my-data}.
 */
package org.dualcarbon.personaldata;
