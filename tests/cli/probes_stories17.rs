//! Story probes (session 25): the seventeenth set of close translations of
//! whole short news stories, written in the middle of session 25 and first
//! measured with the start build and the build of that moment before it was
//! read (no sentence of NTREX-128, WMT newstest or FLORES; one fact changed
//! in about one pair in three): South and Southeast Asian politics,
//! business and labour, culture and education, farming and wildlife, the
//! Middle East and Central Asia, the Pacific and the poles (956 pairs in
//! 84 stories). Each test holds pairs that went wrong before its fix.

use crate::realnews::assert_fact_flags;

// A city put in another's place where a dictionary table holds both, or
// beside other names ("Rotterdam dan Le Havre" / "Rotterdam and Antwerp"),
// is flagged now that `names.tsv` lists the world's main cities; a
// percentage after "ke" in a headline is no rank ("Melandai ke 2,3
// Persen"), and "satu kali" is a one-off, no count the report must repeat.
#[test]
fn cities_put_in_anothers_place_and_percentages_after_ke() {
    let source = [
        "\"Ini adalah vaksin yang dirancang di Brasil, diuji di Brasil, dan diproduksi di Brasil untuk orang-orang yang paling membutuhkannya,\" kata Direktur Utama BioSul Renata Albuquerque kepada wartawan di São Paulo.",
        "\"Hari ini adalah tonggak sejarah bagi perusahaan yang dirintis di ruang bawah tanah sebuah universitas di Odense 11 tahun lalu,\" kata Direktur Utama Nordvax Mette Sørensen dalam sebuah pernyataan.",
        "Bank Sentral Eropa Pertahankan Suku Bunga saat Inflasi Melandai ke 2,3 Persen",
        "Inflasi Inggris Naik Tak Terduga ke 3,4 Persen akibat Harga Pangan",
        "Para pengusaha yang diwakili Asosiasi Pusat Perusahaan Pelabuhan Laut Jerman menawarkan pembayaran satu kali sebesar 1.500 euro dan kenaikan upah 4 persen.",
        "\"Perusahaan pelayaran akan begitu saja memindahkan kargo mereka ke Rotterdam dan Le Havre,\" kata Brandt.",
        "Ekspedisi ini dilakukan bersama para peneliti dari Badan Ilmu dan Teknologi Kelautan-Bumi Jepang (JAMSTEC) dan Universitas Edinburgh.",
    ];
    let report = [
        "\"This is a vaccine designed in Brazil, tested in Brazil and produced in Brazil for the people who need it most,\" BioSul chief executive Renata Albuquerque told reporters in Brasília.",
        "\"Today is a milestone for a company that started in a university basement in Aarhus 11 years ago,\" Nordvax chief executive Mette Sørensen said in a statement.",
        "European Central Bank Holds Rates as Inflation Eases to 2.3 Percent",
        "UK Inflation Rises Unexpectedly to 3.4 Percent on Food Prices",
        "Employers represented by the Central Association of German Seaport Companies have offered a one-off payment of 1,500 euros and a 4 percent raise.",
        "\"Shipping lines will simply move their cargo to Rotterdam and Antwerp,\" Brandt said.",
        "The expedition was carried out with researchers from the Japan Agency for Marine-Earth Science and Technology, known as JAMSTEC, and the University of Aberdeen.",
    ];
    let want: [&[&str]; 7] = [
        &["name_mismatch:São Paulo|Brasília"],
        &["name_mismatch:Odense|Aarhus"],
        &[],
        &[],
        &[],
        &["name_mismatch:Le Havre|Antwerp"],
        &["name_mismatch:Edinburgh|Aberdeen"],
    ];
    assert_fact_flags(&source, &report, &want);
}
