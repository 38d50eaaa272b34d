package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kairos.model.InstrumentId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentFromFileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "coinbase_BTC-USD_4h.csv, BTC-USD",
            "binance_XRP-USDT-PERP_5m.csv, XRP-USDT-PERP",
            "coinbase_ETH-USD_1d.csv, ETH-USD",
            "BTC-USD.csv, BTC-USD",
            "ETH-USD, ETH-USD",
            "lean_coinbase_BTC-EUR_1m.csv, BTC-EUR",
            "../shared/data/ohlcv/bittrex_ETH-BTC_5m.csv, ETH-BTC",
            "C:\\data\\kraken_SOL-EUR_1h.csv, SOL-EUR",
            "btcusdt.csv, btcusdt",
            "binance_BTCUSDT_1m.csv, binance_BTCUSDT_1m",
            "bars.v2.csv, bars.v2",
    })
    void takesTheFirstTokenWithADash(String fileName, String symbol) {
        assertThat(BarCsvReader.instrumentFromFileName(fileName)).isEqualTo(InstrumentId.of(symbol));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my bars.csv", ".csv", "", "prices_€-USD.csv"})
    void namesWithoutAValidSymbolAreRejected(String fileName) {
        assertThatIllegalArgumentException().isThrownBy(() -> BarCsvReader.instrumentFromFileName(fileName))
                .withMessageStartingWith("no instrument in file name '" + fileName + "'");
    }
}
