package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replies echo QN, PW and MN, use ST=91 and ask no ack; each one encodes and parses back under STRICT. */
class Hj212RepliesTest {

    private final Hj212Parser parser = new Hj212Parser();
    private final Hj212Encoder encoder = new Hj212Encoder();
    private final Hj212Frame example = Hj212ParserTest.accepted(parser.parse(Hj212Samples.EXAMPLE, null)).frame();

    @Test
    void dataResponseEchoesTheUpload() {
        Hj212Frame upload = Hj212Samples.realTimeFrame();
        assertThat(upload.flag().ackRequired()).isTrue();

        Hj212Frame reply = Hj212Replies.dataResponse(upload);

        assertThat(Hj212Encoder.dataSegment(reply)).isEqualTo(
                "QN=20240315103000123;ST=91;CN=9014;PW=123456;MN=88888880000001;Flag=4;CP=&&&&");
        assertRoundTrips(reply);
    }

    @Test
    void requestReplyCarriesQnRtn() {
        Hj212Frame reply = Hj212Replies.requestReply(example, Hj212Replies.QnRtn.READY);

        assertThat(Hj212Encoder.dataSegment(reply)).isEqualTo(
                "QN=20160801085857223;ST=91;CN=9011;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&");
        assertThat(reply.flag().ackRequired()).isFalse();
        assertRoundTrips(reply);
    }

    @Test
    void executionResultCarriesExeRtn() {
        Hj212Frame reply = Hj212Replies.executionResult(example, Hj212Replies.ExeRtn.NO_DATA);

        assertThat(reply.cn()).isEqualTo(Hj212Commands.EXECUTION_RESULT);
        assertThat(reply.qn()).isEqualTo(example.qn());
        assertThat(reply.cp().parameter("ExeRtn")).contains("100");
        assertRoundTrips(reply);
    }

    /** A reply to a split packet is not split itself, and keeps the sender's protocol version. */
    @Test
    void replyToASplitPacketIsOnePacketOfTheSameVersion() {
        Hj212Frame split = example.toBuilder().flag(Hj212Flag.of(1, true, true)).split(new Hj212PacketSplit(2, 1))
                .build();

        Hj212Frame reply = Hj212Replies.dataResponse(split);

        assertThat(reply.flag().value()).isEqualTo(4);
        assertThat(reply.split()).isNull();
    }

    private void assertRoundTrips(Hj212Frame reply) {
        Hj212ParseResult result = parser.parse(encoder.encode(reply), Hj212Compatibility.STRICT);
        assertThat(Hj212ParserTest.accepted(result).frame()).isEqualTo(reply);
    }
}
