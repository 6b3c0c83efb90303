package nl.sto.devstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaServerTest {

    private static KafkaServer kafka;

    @BeforeAll
    static void start() {
        kafka = KafkaServer.start(0, null);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void roundTripsRecordsThroughAnAutoCreatedTopic() throws Exception {
        String topic = "roundtrip-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
        }
        assertThat(consumeAll(topic, 1)).containsExactly("hello");
    }

    @Test
    void keepsPortAndDataAcrossStopAndRestart() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        String bootstrap = kafka.bootstrapServers();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get();

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(FreePorts.accepting(kafka.port())).isFalse();
            // Written while the broker is away: send() may block for metadata, so it runs on its own thread,
            // and the record is delivered once the broker is back.
            CompletableFuture<RecordMetadata> whileDown = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.send(new ProducerRecord<>(topic, "k", "while down")).get();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });

            kafka.restart();
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            whileDown.get(90, TimeUnit.SECONDS);
        }
        assertThat(consumeAll(topic, 2)).containsExactly("before", "while down");
    }

    @Test
    void createsTopicsWithThreePartitions() throws Exception {
        String topic = "partitions-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
            assertThat(producer.partitionsFor(topic)).hasSize(3);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(String topic, int expected) {
        List<String> values = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }
}
